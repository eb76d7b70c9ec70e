export { craftSvg } from "./craft.js";
export { renderCraftImage, type ImageFormat, type RenderOptions } from "./render.js";
export { CRAFT_KINDS, type ArtSpec, type CraftKind } from "./spec.js";
