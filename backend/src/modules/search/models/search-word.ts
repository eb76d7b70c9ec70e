import { model } from "@medusajs/framework/utils"

/**
 * The vocabulary of the index (every normalised word of a search document), for typo matching: a query word
 * that is not in it is replaced by its nearest words by trigram similarity ("bukett" → "buket").
 */
const SearchWord = model.define("search_word", {
  id: model.text().primaryKey(),
})

export default SearchWord
