import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Scrypt from "scrypt-kdf"
import { isMaintenanceCommand } from "../../../lib/production-settings"
import { DEMO_ADMIN } from "../../../scripts/seed/admin-user"

type Knex = {
  raw: (sql: string) => Promise<{ rows: { email: string; hash: string | null }[] }>
}

/** Staff logins (email and password hash) of users that still exist. */
async function staffLogins(knex: Knex): Promise<{ email: string; hash: string | null }[]> {
  try {
    const { rows } = await knex.raw(
      `select p.entity_id as email, p.provider_metadata->>'password' as hash
       from provider_identity p
       join auth_identity a on a.id = p.auth_identity_id and a.deleted_at is null
       join "user" u on u.id = a.app_metadata->>'user_id' and u.deleted_at is null
       where p.provider = 'emailpass' and p.deleted_at is null
       limit 100`
    )
    return rows
  } catch {
    return [] // not migrated yet: no staff at all
  }
}

/**
 * In production, refuses to start while any staff login still has the demo password of the README (the seed's
 * admin@example.com, or anyone who chose it): whoever read the README could run the store.
 */
export default async function refuseDemoStaffPassword({ container }: LoaderOptions): Promise<void> {
  if (process.env.NODE_ENV !== "production" || isMaintenanceCommand(process.argv[2])) return
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  for (const { email, hash } of await staffLogins(knex)) {
    if (hash && (await Scrypt.verify(Buffer.from(hash, "base64"), DEMO_ADMIN.password).catch(() => false))) {
      throw new Error(
        `Refusing to start in production:\n  - the staff login ${email} still has the demo password. Create your own ` +
          `(npx medusa user -e you@example.org -p <password>) and delete ${email} in the admin (Settings → Users), ` +
          `or give it a new password (docs/deployment.md).`
      )
    }
  }
}
