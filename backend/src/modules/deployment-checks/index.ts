import { Module } from "@medusajs/framework/utils"
import refuseDemoStaffPassword from "./loaders/refuse-demo-staff-password"

export const DEPLOYMENT_CHECKS_MODULE = "deployment_checks"

/** Nothing to call: the module exists for its start-up check (loaders/refuse-demo-staff-password.ts). */
class DeploymentChecksService {}

export default Module(DEPLOYMENT_CHECKS_MODULE, {
  service: DeploymentChecksService,
  loaders: [refuseDemoStaffPassword],
})
