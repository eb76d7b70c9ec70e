"use client"

import { useSyncExternalStore } from "react"
import { CART_CHANGED_EVENT, readCartCount } from "@/lib/cart-count"

function subscribe(onChange: () => void) {
  window.addEventListener(CART_CHANGED_EVENT, onChange)
  window.addEventListener("pageshow", onChange)
  window.addEventListener("focus", onChange)
  return () => {
    window.removeEventListener(CART_CHANGED_EVENT, onChange)
    window.removeEventListener("pageshow", onChange)
    window.removeEventListener("focus", onChange)
  }
}

/**
 * The cart link with the number of items. Pages stay static and shared: the number comes from a small
 * cookie (CART_COUNT_COOKIE) the cart actions keep up to date, read here in the browser.
 */
export function CartLink({ href, label }: { href: string; label: string }) {
  const count = useSyncExternalStore(
    subscribe,
    () => readCartCount(document.cookie),
    () => 0
  )
  return (
    <a href={href} className="cart-link">
      {label}
      {count > 0 && (
        <span className="cart-count">
          <span className="visually-hidden">: </span>
          {count}
        </span>
      )}
    </a>
  )
}
