/**
 * What shops print, per language: the labels of their buy buttons and the shape of a price.
 * The article decision counts them on a page; a story that mentions a price has one or two,
 * a shop's page has a button and many.
 */

/** Whole labels of a control that puts an item in a basket or buys it. */
export const CART_WORDS: readonly string[] = [
  'add to cart',
  'add to basket',
  'add to bag',
  'add to trolley',
  'buy now',
  'buy it now',
  'shop now',
  'checkout',
  'in den warenkorb',
  'in den einkaufswagen',
  'jetzt kaufen',
  'ajouter au panier',
  'acheter',
  'añadir al carrito',
  'agregar al carrito',
  'comprar',
  'comprar ahora',
  'aggiungi al carrello',
  'acquista',
  'adicionar ao carrinho',
  'in winkelwagen',
  'do koszyka',
  'dodaj do koszyka',
  'в корзину',
  'добавить в корзину',
  'купить',
  'sepete ekle',
  '加入购物车',
  '加入購物車',
  '立即购买',
  'カートに入れる',
  'カートに追加',
  '今すぐ購入',
  '장바구니 담기',
];

/** A price: a currency sign or code next to an amount ("$1,299.00", "24,90 €", "¥3,800", "1 200 ₽"). */
export const PRICE_PATTERN =
  /(?:[$€£¥₹₽₩₺]|\b(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|AUD|CAD|SEK|NOK|DKK|PLN|RUB|BRL|MXN|Rs\.?|R\$|zł|kr)\s?)\s?\d[\d.,  ]*\d?|\d[\d.,  ]*\s?(?:[€£₹₽₩₺]|zł|kr|руб\.?|元|円)(?![\p{L}])/gu;
