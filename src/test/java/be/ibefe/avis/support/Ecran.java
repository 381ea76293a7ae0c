package be.ibefe.avis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * The screen the browser shows the pages on: its width (a phone's 390 px, a laptop's 1366 px), set through the
 * DevTools device metrics as a phone would report them, and what overflows it sideways.
 */
public final class Ecran {

    public static final int TELEPHONE = 390;
    public static final int PORTABLE = 1366;

    private Ecran() {
    }

    /** Shows the pages at this width (and a height in keeping with it); a page opened next is laid out for it. */
    public static void largeur(Navigateur navigateur, int largeur) {
        int hauteur = largeur < 600 ? 844 : 900;
        navigateur.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", largeur,
                "height", hauteur, "screenWidth", largeur, "screenHeight", hauteur, "deviceScaleFactor", 1,
                "mobile", largeur < 600));
    }

    /**
     * Checks that nothing overflows a phone's width, then captures the page at a phone's and a laptop's width
     * ({@code nom-390}, {@code nom-1366}), {@code vue} scrolled into view: the part of the page the test is about.
     */
    public static void captures(Navigateur navigateur, String nom, org.openqa.selenium.By vue) {
        largeur(navigateur, TELEPHONE);
        assertThat(debordements(navigateur)).as(nom + " à 390 px").isEmpty();
        navigateur.driver().executeScript("arguments[0].scrollIntoView()", navigateur.element(vue));
        navigateur.capture(nom + "-390");
        largeur(navigateur, PORTABLE);
        navigateur.driver().executeScript("arguments[0].scrollIntoView()", navigateur.element(vue));
        navigateur.capture(nom + "-1366");
    }

    /**
     * What makes the page wider than the screen: a page laid out for a wider screen and shrunk to fit (no viewport
     * declared), the document itself when it scrolls sideways, and every visible
     * element that reaches beyond the screen's right or left edge unless a box that scrolls or clips it stays within
     * the screen. Empty when nothing does.
     */
    @SuppressWarnings("unchecked")
    public static List<String> debordements(Navigateur navigateur) {
        return (List<String>) navigateur.driver().executeScript("""
                var largeur = window.innerWidth, trouves = [];
                if (largeur !== screen.width) {
                  trouves.push('page mise en page sur ' + largeur + ' px pour un écran de ' + screen.width
                    + ' px (meta viewport absente ?)');
                }
                if (document.documentElement.scrollWidth > largeur) {
                  trouves.push('document : ' + document.documentElement.scrollWidth + ' px pour ' + largeur + ' px');
                }
                function retenu(el) {
                  for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    var s = getComputedStyle(p);
                    if (s.overflowX !== 'visible') {
                      var r = p.getBoundingClientRect();
                      return r.left >= -1 && r.right <= largeur + 1;
                    }
                  }
                  return false;
                }
                function nom(el) {
                  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
                }
                document.querySelectorAll('body *').forEach(function (el) {
                  var r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') { return; }
                  if ((r.right > largeur + 1 || r.left < -1) && !retenu(el)) {
                    trouves.push(nom(el) + ' de ' + Math.round(r.left) + ' à ' + Math.round(r.right) + ' px');
                  }
                });
                return trouves.slice(0, 15);
                """);
    }
}
