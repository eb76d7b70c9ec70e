import { HANDLE_PATTERN, LIMITS } from "../../lib/constants"
import { CraftsField } from "./crafts-field"
import { StoryField } from "./story-field"
import { TextField } from "./text-field"

/** What the store may show of her (each item only with her consent). Used by create and edit. */
export const PublicFields = () => (
  <div className="flex flex-col gap-y-6">
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField
        name="display_name"
        label="Display name"
        hint="The name she chose to be known by. It may be a pseudonym."
        rules={{
          validate: (v: string) => v.trim().length > 0 || "A display name is required.",
          maxLength: { value: LIMITS.displayName, message: `At most ${LIMITS.displayName} characters.` },
        }}
      />
      <TextField
        name="handle"
        label="Handle"
        placeholder="e.g. ibu-rina"
        hint="Her page address: lowercase letters, digits and single dashes, 3–60 characters."
        rules={{
          required: "A handle is required.",
          minLength: { value: LIMITS.handleMin, message: `At least ${LIMITS.handleMin} characters.` },
          maxLength: { value: LIMITS.handleMax, message: `At most ${LIMITS.handleMax} characters.` },
          pattern: {
            value: HANDLE_PATTERN,
            message: "Only lowercase letters, digits and single dashes between them (no spaces).",
          },
        }}
      />
    </div>
    <StoryField name="story_id" label="Story (Bahasa Indonesia)" placeholder="Cerita dengan kata-katanya sendiri…" />
    <StoryField name="story_en" label="Story (English)" placeholder="Her story in her own words…" />
    <CraftsField />
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField
        name="city"
        label="City"
        optional
        placeholder="e.g. Medan"
        hint="City only — never a street, village or workplace."
        rules={{ maxLength: { value: LIMITS.city, message: `At most ${LIMITS.city} characters.` } }}
      />
      <TextField
        name="image_url"
        label="Image URL"
        type="url"
        optional
        placeholder="https://…"
        hint="Only a picture she agreed to, showing nothing of where she lives or works."
        rules={{ pattern: { value: /^https?:\/\/\S+$/i, message: "Enter a full address starting with https://" } }}
      />
    </div>
  </div>
)
