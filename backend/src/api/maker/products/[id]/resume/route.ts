import { setPaused } from "../../pause-route"

export const POST = setPaused(false)
