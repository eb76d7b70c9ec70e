"use client"

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"

export type SearchBoxStrings = {
  label: string
  placeholder: string
  submit: string
  /** The list's accessible name. */
  suggestions: string
  /** Announced when suggestions arrive; "{count}" is replaced by their number. */
  suggestionsAvailable: string
}

export type Suggestion = { title: string; href: string }

/** Wait this long after the last keystroke before asking for suggestions. */
export const SUGGEST_DELAY_MS = 150
const MIN_LENGTH = 2

/**
 * The header's search: a plain GET form to the results page (works without JavaScript), enhanced with
 * suggestions as you type, following the WAI-ARIA combobox pattern (list autocomplete, no automatic selection):
 * ↓/↑ move through the suggestions, Enter opens the highlighted one (or searches when none is), Escape closes
 * the list, or clears the box when it is already closed.
 */
export function SearchBox({
  action,
  endpoint,
  strings,
  defaultValue = "",
}: {
  /** The results page (e.g. "/search" or "/en/search"). */
  action: string
  /** The storefront's suggestion route, answering (…&)q= with { suggestions: [{ title, href }] }. */
  endpoint: string
  strings: SearchBoxStrings
  defaultValue?: string
}) {
  const id = useId()
  const inputId = `${id}-q`
  const listId = `${id}-list`
  const [value, setValue] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Only typing asks for suggestions; filling the box from a chosen suggestion or Escape does not.
  const typed = useRef(false)

  useEffect(() => {
    const q = value.trim()
    if (!typed.current || q.length < MIN_LENGTH) {
      setSuggestions([])
      setOpen(false)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const url = `${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        })
        if (!response.ok) return
        const body = (await response.json()) as { suggestions?: Suggestion[] }
        const list = Array.isArray(body.suggestions) ? body.suggestions : []
        setSuggestions(list)
        setActive(-1)
        setOpen(list.length > 0)
      } catch {
        // Aborted by the next keystroke, or offline: the form still searches.
      }
    }, SUGGEST_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, endpoint])

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function go(suggestion: Suggestion) {
    typed.current = false
    setValue(suggestion.title)
    close()
    window.location.assign(suggestion.href)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return
        event.preventDefault()
        setOpen(true)
        setActive((i) => (open ? (i + 1) % count : 0))
        break
      case "ArrowUp":
        if (count === 0) return
        event.preventDefault()
        setOpen(true)
        setActive((i) => (open ? (i <= 0 ? count - 1 : i - 1) : count - 1))
        break
      case "Enter":
        if (open && active >= 0 && suggestions[active]) {
          event.preventDefault()
          go(suggestions[active])
        }
        // Otherwise the form submits: a search for the words typed.
        break
      case "Escape":
        if (open) {
          event.preventDefault()
          close()
        } else if (value) {
          event.preventDefault()
          typed.current = false
          setValue("")
        }
        break
    }
  }

  const expanded = open && suggestions.length > 0
  return (
    <form role="search" method="get" action={action} className="search-box">
      <label htmlFor={inputId} className="visually-hidden">
        {strings.label}
      </label>
      <div className="search-box-field">
        <input
          id={inputId}
          type="search"
          name="q"
          value={value}
          placeholder={strings.placeholder}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          onChange={(event) => {
            typed.current = true
            setValue(event.target.value)
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul id={listId} role="listbox" aria-label={strings.suggestions} className="search-suggestions" hidden={!expanded}>
          {suggestions.map((suggestion, i) => (
            <li
              key={suggestion.href}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it comes before the input's blur, which would close the list first.
              onMouseDown={(event) => {
                event.preventDefault()
                go(suggestion)
              }}
              onMouseEnter={() => setActive(i)}
            >
              {suggestion.title}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit" className="search-box-submit">
        {strings.submit}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? strings.suggestionsAvailable.replace("{count}", String(suggestions.length)) : ""}
      </p>
    </form>
  )
}
