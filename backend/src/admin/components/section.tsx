import { LockClosedSolid } from "@medusajs/icons"
import { Container, Heading, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

interface SectionProps {
  title: string
  description?: ReactNode
  /** Buttons at the right of the header. */
  actions?: ReactNode
  /** Marks the section as holding private data: a lock, an amber edge and a "Confidential" label. */
  confidential?: boolean
  children?: ReactNode
  id?: string
}

/** A titled card in Medusa's style (Container with a header row and a padded body). */
export const Section = ({ title, description, actions, confidential, children, id }: SectionProps) => (
  <Container
    id={id}
    role="region"
    aria-label={title}
    className={clx("divide-y p-0", confidential && "border-l-4 border-l-ui-tag-orange-border")}
  >
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div>
        <div className="flex items-center gap-x-2">
          {confidential && <LockClosedSolid className="text-ui-tag-orange-icon" aria-hidden />}
          <Heading level="h2">{title}</Heading>
          {confidential && (
            <span className="txt-compact-xsmall-plus rounded-md bg-ui-tag-orange-bg px-1.5 py-0.5 text-ui-tag-orange-text">
              Confidential
            </span>
          )}
        </div>
        {description && (
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {description}
          </Text>
        )}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
    </div>
    {children}
  </Container>
)
