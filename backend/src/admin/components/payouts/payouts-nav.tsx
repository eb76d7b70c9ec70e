import { clx } from "@medusajs/ui"
import { NavLink } from "react-router-dom"

const TABS = [
  { to: "/payouts", label: "Balances", end: true },
  { to: "/payouts/statement", label: "Statement", end: false },
  { to: "/payouts/totals", label: "Totals", end: false },
  { to: "/payouts/batches", label: "Batches", end: false },
  { to: "/payouts/reconciliation", label: "Reconciliation", end: false },
] as const

/** The Payouts pages as tabs (links, so each page has its own address and the browser's back works). */
export const PayoutsNav = () => (
  <nav aria-label="Payouts" className="flex flex-wrap gap-1 rounded-lg bg-ui-bg-component p-1 shadow-borders-base">
    {TABS.map((tab) => (
      <NavLink
        key={tab.to}
        to={tab.to}
        end={tab.end}
        className={({ isActive }) =>
          clx(
            "txt-compact-small-plus rounded-md px-3 py-1.5 text-ui-fg-subtle transition-colors hover:text-ui-fg-base",
            isActive && "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
          )
        }
      >
        {tab.label}
      </NavLink>
    ))}
  </nav>
)

/** Every Payouts page: the tabs above, the page's sections below. */
export const PayoutsLayout = ({ children }: { children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-3">
    <PayoutsNav />
    {children}
  </div>
)
