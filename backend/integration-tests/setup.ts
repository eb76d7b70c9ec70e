// The test runner boots Medusa, which loads medusa-config.ts and src/ with require(): teach require TypeScript.
import { register } from "ts-node"

register({ transpileOnly: true, swc: true, project: `${__dirname}/../tsconfig.json` })

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.DISABLE_MEDUSA_ADMIN = "true"
