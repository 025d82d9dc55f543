/** Elements that could run or load something if page markup were copied into a Sift view. */
export const ACTIVE_CONTENT =
  'script, iframe, object, embed, form, svg, img[onerror], [onload], [onclick], [href^="javascript:" i]';
