import { EditPhotosForm } from "@/components/maker/EditPhotosForm"
import { EditScreen } from "@/components/maker/EditScreen"
import { ProductPhoto } from "@/components/maker/ProductPhoto"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import type { PickedPhoto } from "@/components/maker/usePhotoUploads"
import { getT } from "@/lib/i18n/translate"
import { editPageContext, reviewWarning, type EditQuery } from "@/lib/maker/edit-page"
import { photoStrings } from "@/lib/maker/product-page-props"
import type { PortalProduct } from "@/lib/medusa/maker-shapes"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<EditQuery> }

/**
 * A change of photos names every photo the product keeps, by upload id (the backend replaces the photos with
 * those). A photo can be kept only when the backend says which upload it came from.
 */
function keepable(product: PortalProduct): boolean {
  return product.images.every((image) => image.uploadId)
}

/** Her product's photos as the picker holds them. */
function pickedPhotos(product: PortalProduct): PickedPhoto[] {
  return product.images.map((image) => ({
      key: image.id,
      state: "done",
      progress: 1,
      uploadId: image.uploadId ?? undefined,
      variants: image.variants.length > 0 ? image.variants : [{ url: image.url, width: image.width ?? 400, height: image.height ?? 400 }],
    }))
}

/**
 * Ubah foto: remove or add photos (1–6); saving sends a product in the shop back to staff, and says so first.
 * When its photos can't be kept (they don't name their uploads), they are shown above, and the new ones she
 * picks replace them all: she is told so.
 */
export default async function EditPhotosPage({ params, searchParams }: Props) {
  const { locale, product, productHref, error } = await editPageContext(params, searchParams)
  const t = getT(locale, "maker")
  if (!product) {
    return (
      <EditScreen backHref={productHref} backLabel={t("newProduct.back")} title={t("product.editPhotos")}>
        <ProductUnavailable message={t("products.error")} retryHref={`${productHref}/photos`} retryLabel={t("products.retry")} />
      </EditScreen>
    )
  }
  return (
    <EditScreen
      backHref={productHref}
      backLabel={product.title}
      title={t("product.editPhotos")}
      warning={reviewWarning(locale, product, "photos")}
    >
      {!keepable(product) && product.images.length > 0 && (
        <section aria-labelledby="current-photos" className="maker-current-photos">
          <h2 id="current-photos">{t("product.currentPhotos")}</h2>
          <ul className="maker-review-photos">
            {product.images.map((image, i) => (
              <li key={image.id}>
                <ProductPhoto variants={image.variants} url={image.url} alt={t("photos.photo", { number: i + 1 })} sizes="4.5rem" />
              </li>
            ))}
          </ul>
          <p className="maker-notice">{t("product.replacePhotos")}</p>
        </section>
      )}
      <EditPhotosForm
        locale={locale}
        productId={product.id}
        initial={keepable(product) ? pickedPhotos(product) : []}
        cancelHref={productHref}
        error={error}
        strings={{
          photos: photoStrings(locale),
          save: t("product.save"),
          cancel: t("product.cancel"),
          waiting: t("photos.waiting"),
          photosRequired: t("productErrors.photosRequired"),
        }}
      />
    </EditScreen>
  )
}
