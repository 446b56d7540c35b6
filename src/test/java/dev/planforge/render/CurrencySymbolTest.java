package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.model.Currencies;
import dev.planforge.model.PlanLocale;
import dev.planforge.render.pdf.PdfRenderer;
import dev.planforge.render.view.Formats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever sign the tool writes before an amount, the PDF's fonts can draw: for every ISO 4217
 * currency a plan may name, in both plan languages.
 */
class CurrencySymbolTest {

  @Test
  void everyCurrencySignThePlanFormatAcceptsCanBeDrawnInThePdf() throws IOException {
    Set<Currency> currencies = Currency.getAvailableCurrencies();
    assertTrue(currencies.size() > 150, "the JDK's ISO 4217 list: " + currencies.size());
    List<String> undrawable = new ArrayList<>();
    for (Currency currency : currencies) {
      String code = currency.getCurrencyCode();
      assertTrue(Currencies.isKnown(code), code + " is one a plan may name");
      for (PlanLocale locale : PlanLocale.values()) {
        String sign = new Formats(locale, code).currencySymbol();
        for (int cp : sign.codePoints().toArray()) {
          if (cp != ' ' && !PdfRenderer.canDraw(cp)) {
            undrawable.add(
                code + " in " + locale + ": '" + sign + "' (U+" + String.format(Locale.ROOT, "%04X", cp) + ")");
          }
        }
      }
    }
    assertEquals(List.of(), undrawable, "currency signs the PDF fonts lack");
  }

  /** The signs of issue 7 are written as themselves, in the fallback font, not replaced by the code. */
  @ParameterizedTest
  @CsvSource({
      "INR, EN, ₹", "INR, ZH_CN, ₹", "ILS, EN, ₪", "ILS, ZH_CN, ₪", "PHP, EN, ₱", "KRW, EN, ₩", "VND, EN, ₫"})
  void theSignsNotoSansScLacksAreKept(String code, PlanLocale locale, String sign) {
    assertEquals(sign, new Formats(locale, code).currencySymbol());
  }

  @Test
  void aSpaceInsideASignIsANoBreakSpaceTheFontsHave() throws IOException {
    String sign = new Formats(PlanLocale.EN, "XOF").currencySymbol();
    assertTrue(sign.chars().noneMatch(c -> c == '\u202F' || c == ' '), "no narrow or breaking space: " + sign);
    assertTrue(PdfRenderer.canDraw('\u00A0'));
  }

  @Test
  void aCodeWithoutASignIsWrittenAsTheCode() {
    assertEquals("CHF ", new Formats(PlanLocale.EN, "CHF").currencySymbol());
    assertEquals("¥", new Formats(PlanLocale.ZH_CN, "CNY").currencySymbol());
    assertEquals("$", new Formats(PlanLocale.EN, "USD").currencySymbol());
  }
}
