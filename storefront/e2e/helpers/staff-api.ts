import { expect, type APIRequestContext } from "@playwright/test"

const BACKEND = (process.env.ADMIN_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

/** The demo staff user on the backend's admin API: GET and POST that expect success, and a raw POST. */
export async function staffApi(request: APIRequestContext) {
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(login.status(), "staff login").toBe(200)
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const get = async (path: string) => {
    const response = await request.get(`${BACKEND}${path}`, { headers })
    expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200)
    return response.json()
  }
  const send = (path: string, data: unknown = {}) => request.post(`${BACKEND}${path}`, { headers, data })
  const post = async (path: string, data: unknown = {}) => {
    const response = await send(path, data)
    expect(response.status(), `POST ${path}: ${await response.text()}`).toBeLessThan(300)
    return response.json()
  }
  return { get, post, send }
}

export type StaffApi = Awaited<ReturnType<typeof staffApi>>
