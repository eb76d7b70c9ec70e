import { EditPhotosForm } from "@/components/maker/EditPhotosForm"
import { EditScreen } from "@/components/maker/EditScreen"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import type { PickedPhoto } from "@/components/maker/usePhotoUploads"
import { getT } from "@/lib/i18n/translate"
import { editPageContext, reviewWarning, type EditQuery } from "@/lib/maker/edit-page"
import { photoStrings } from "@/lib/maker/product-page-props"
import type { PortalProduct } from "@/lib/medusa/maker-shapes"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<EditQuery> }

/**
 * Her product's photos as the picker holds them. Only photos that name their upload can be kept through a
 * change (the backend takes upload ids): a photo staff added some other way has none and is not offered.
 */
function pickedPhotos(product: PortalProduct): PickedPhoto[] {
  return product.images
    .filter((image) => image.uploadId)
    .map((image) => ({
      key: image.id,
      state: "done",
      progress: 1,
      uploadId: image.uploadId as string,
      variants: image.variants.length > 0 ? image.variants : [{ url: image.url, width: image.width ?? 400, height: image.height ?? 400 }],
    }))
}

/** Ubah foto: remove or add photos (1–6); saving sends a product in the shop back to staff, and says so first. */
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
      <EditPhotosForm
        locale={locale}
        productId={product.id}
        initial={pickedPhotos(product)}
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
