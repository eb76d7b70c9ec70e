"use client"

import { useEffect } from "react"
import { CART_CHANGED_EVENT, CART_COUNT_COOKIE, readCartCount } from "@/lib/cart-count"

const THIRTY_DAYS = 60 * 60 * 24 * 30

/**
 * Keeps the header's count (a cookie the browser reads) equal to the cart the page shows, e.g. after an
 * old cart was dropped quietly. Without `count` it only tells the header to read the cookie again (after a
 * server action changed it and navigated here). Renders nothing.
 */
export function CartCountSync({ count }: { count?: number }) {
  useEffect(() => {
    if (count === undefined || readCartCount(document.cookie) === count) {
      window.dispatchEvent(new Event(CART_CHANGED_EVENT))
      return
    }
    const secure = location.protocol === "https:" ? "; secure" : ""
    document.cookie =
      count > 0
        ? `${CART_COUNT_COOKIE}=${count}; path=/; max-age=${THIRTY_DAYS}; samesite=lax${secure}`
        : `${CART_COUNT_COOKIE}=; path=/; max-age=0; samesite=lax${secure}`
    window.dispatchEvent(new Event(CART_CHANGED_EVENT))
  }, [count])
  return null
}
