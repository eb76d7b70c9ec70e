import { ArrowPath, EnvelopeSolid } from "@medusajs/icons"
import { Button, Copy, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { readServerError } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { useMakerAccess, useMakerAccessActions } from "../../lib/hooks/use-maker-access"
import type { AdminMaker, MakerInvite } from "../../lib/types"
import { Section } from "../section"

/**
 * Her login to the makers' portal: whether she has one, an open invite, and the two staff actions. A new
 * invite's code is shown here once, until staff press Done or leave the page; the server keeps only a hash.
 */
export const PortalAccessSection = ({ maker }: { maker: AdminMaker }) => {
  const prompt = usePrompt()
  const { data: access, isLoading, isError, error } = useMakerAccess(maker.id)
  const { invite, reset, endSessions } = useMakerAccessActions(maker.id)
  const [shown, setShown] = useState<MakerInvite | null>(null)
  const busy = invite.isPending || reset.isPending || endSessions.isPending

  const createInvite = async () => {
    if (access?.login || access?.invite) {
      const confirmed = await prompt({
        variant: "confirmation",
        title: "Make a new invite?",
        description: access.login
          ? "When she accepts it, her current login is replaced and she is logged out on every phone. Her earlier invite stops working."
          : "Her earlier invite stops working.",
        confirmText: "Make a new invite",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    try {
      setShown((await invite.mutateAsync()).invite)
    } catch (e) {
      toast.error("No invite made", { description: readServerError(e).message })
    }
  }

  const resetAccess = async () => {
    const confirmed = await prompt({
      variant: "danger",
      title: `Reset ${maker.display_name}'s access?`,
      description:
        "Her login is removed and she is logged out on every phone at once. You get a new invite to give her in person, after checking it is really her. Do this if her phone was lost or someone else may know her PIN.",
      confirmText: "Reset access",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      setShown((await reset.mutateAsync()).invite)
      toast.success("Access reset: she is logged out everywhere")
    } catch (e) {
      toast.error("Access not reset", { description: readServerError(e).message })
    }
  }

  const logOutEverywhere = async () => {
    const confirmed = await prompt({
      variant: "danger",
      title: `Log ${maker.display_name} out everywhere?`,
      description: "Every phone where she is logged in is logged out at once. Her PIN stays: she logs in again with it.",
      confirmText: "Log out everywhere",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await endSessions.mutateAsync()
      toast.success("She is logged out everywhere")
    } catch (e) {
      toast.error("Not logged out", { description: readServerError(e).message })
    }
  }

  return (
    <Section
      id="portal-access"
      title="Portal access"
      description="Her login to the makers' portal, by invite only."
      actions={
        <>
          <Button size="small" variant="secondary" onClick={createInvite} isLoading={invite.isPending} disabled={busy}>
            <EnvelopeSolid /> Invite to the portal
          </Button>
          <Button size="small" variant="danger" onClick={resetAccess} isLoading={reset.isPending} disabled={busy}>
            <ArrowPath /> Reset access
          </Button>
        </>
      }
    >
      {shown && <NewInvite invite={shown} onDone={() => setShown(null)} />}
      {isLoading && <Line>Loading…</Line>}
      {isError && <Line error>Could not load her portal access: {error.message}</Line>}
      {access && (
        <dl className="divide-y">
          <Row label="Login">
            {access.login ? (
              <span className="flex items-center gap-x-2">
                <StatusBadge color="green">Active</StatusBadge>
                <span className="font-mono">{access.login.identifier_masked}</span>
              </span>
            ) : (
              <StatusBadge color="grey">No login</StatusBadge>
            )}
          </Row>
          <Row label="Open invite">
            {access.invite ? `Valid until ${formatDateTime(access.invite.expires_at)}` : "None"}
          </Row>
          <Row label="Logged in on">
            {access.sessions.length === 0 ? (
              "No phone"
            ) : (
              <span className="flex flex-col gap-y-2">
                <ul className="flex flex-col gap-y-1">
                  {access.sessions.map((session) => (
                    <li key={session.id}>
                      {[session.device.os, session.device.browser].filter(Boolean).join(" · ") || "Unknown device"}
                      <span className="text-ui-fg-subtle"> — since {formatDateTime(session.started_at)}, last used {formatDateTime(session.last_seen_at)}</span>
                    </li>
                  ))}
                </ul>
                <span>
                  <Button size="small" variant="secondary" onClick={logOutEverywhere} isLoading={endSessions.isPending} disabled={busy}>
                    Log out everywhere
                  </Button>
                </span>
              </span>
            )}
          </Row>
          {access.access_revoked_at && <Row label="Last logged out">{formatDateTime(access.access_revoked_at)}</Row>}
        </dl>
      )}
    </Section>
  )
}

/** The code and link of the invite just made, shown once. */
const NewInvite = ({ invite, onDone }: { invite: MakerInvite; onDone: () => void }) => (
  <div role="status" className="flex flex-col gap-y-3 bg-ui-bg-subtle px-6 py-4">
    <div>
      <Text size="small" weight="plus">
        Give her this code in person (or the link by a message only she reads)
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Valid until {formatDateTime(invite.expires_at)}, once. It is not shown again: make a new invite if it is lost.
      </Text>
    </div>
    <div className="flex items-center gap-x-2">
      <span className="font-mono text-2xl tracking-widest" data-testid="invite-code">
        {invite.code}
      </span>
      <Copy content={invite.code} />
    </div>
    <div className="flex min-w-0 items-center gap-x-2">
      <span className="txt-small truncate font-mono text-ui-fg-subtle">{invite.link}</span>
      <Copy content={invite.link} />
    </div>
    <div>
      <Button size="small" variant="secondary" onClick={onDone}>
        Done
      </Button>
    </div>
  </div>
)

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[140px_1fr] items-center gap-x-4 px-6 py-3">
    <dt className="txt-small-plus text-ui-fg-subtle">{label}</dt>
    <dd className="txt-small text-ui-fg-base">{children}</dd>
  </div>
)

const Line = ({ children, error }: { children: ReactNode; error?: boolean }) => (
  <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
    {children}
  </Text>
)
