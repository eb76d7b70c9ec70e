import { usePrompt } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useBlocker } from "react-router-dom"

/**
 * Asks before leaving a page with unsaved typing (in-app navigation and closing the tab).
 * Call the returned `release()` just before navigating away after a successful save.
 */
export function useUnsavedGuard(dirty: boolean) {
  const prompt = usePrompt()
  const released = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname
  )

  useEffect(() => {
    if (blocker.state !== "blocked") return
    prompt({
      title: "Leave without saving?",
      description: "What you typed on this page will be lost.",
      confirmText: "Leave",
      cancelText: "Stay",
    }).then((leave) => (leave ? blocker.proceed() : blocker.reset()))
  }, [blocker.state])

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [dirty])

  return {
    release: () => {
      released.current = true
    },
  }
}
