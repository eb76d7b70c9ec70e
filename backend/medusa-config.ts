import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

function requiredInProduction(name: string, developmentDefault: string): string {
  const value = process.env[name]
  if (value) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set in production`)
  }
  return developmentDefault
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: requiredInProduction("JWT_SECRET", "dev-only-jwt-secret"),
      cookieSecret: requiredInProduction("COOKIE_SECRET", "dev-only-cookie-secret"),
    },
  },
  admin: {
    backendUrl,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/maker" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: process.env.FILE_UPLOAD_DIR || "static",
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
  ],
})
