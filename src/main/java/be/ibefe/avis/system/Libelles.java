package be.ibefe.avis.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one place where a code becomes the French words a person reads, for the pages ({@code ${@libelles.de(x)}}),
 * the letters, procès-verbaux and report, and the error messages. An enum that implements {@link AvecLibelle} carries
 * its label; the other codes (the enums without one, the codes of the requests' data such as NOUVELLE_FILIERE, the
 * names of engine deployments) are labelled in {@code libelles.properties}: {@code CategorieDemandeur.ENTREPRISE},
 * {@code Envoi.Statut.A_POSTER}, {@code code.NOUVELLE_FILIERE}. Numbers are written the French way here too.
 */
@Component("libelles")
public class Libelles {

    /** What a page, a letter or a report prints where there is no value. */
    public static final String AUCUN = "—";

    private static final Locale FRANCAIS = Locale.FRANCE;
    private static final Properties TEXTES = charger();

    private static Properties charger() {
        Properties textes = new Properties();
        try (Reader lecteur = new InputStreamReader(new ClassPathResource("libelles.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            textes.load(lecteur);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return textes;
    }

    /** Every key of {@code libelles.properties}, for the test that no labelled code lacks its label. */
    static Set<String> cles() {
        return TEXTES.stringPropertyNames();
    }

    /** The label of a code, a number or a yes/no; « — » for nothing. A text that is no known code stays as it is. */
    public String de(Object valeur) {
        return libelle(valeur);
    }

    /** {@link #de} for Java code that holds no bean (letters' variables, messages). */
    public static String libelle(Object valeur) {
        if (valeur == null) {
            return AUCUN;
        }
        if (valeur instanceof AvecLibelle avecLibelle) {
            return avecLibelle.libelle();
        }
        if (valeur instanceof Enum<?> constante) {
            return enumere(constante).orElse(constante.name());
        }
        if (valeur instanceof Boolean oui) {
            return oui ? "oui" : "non";
        }
        if (valeur instanceof Number nombre) {
            return nombre(nombre);
        }
        String texte = valeur.toString();
        return texte.isBlank() ? AUCUN : code(texte);
    }

    /** The label {@code libelles.properties} gives an enum constant, when it gives one. */
    public static Optional<String> enumere(Enum<?> constante) {
        return Optional.ofNullable(TEXTES.getProperty(cle(constante.getDeclaringClass()) + "." + constante.name()));
    }

    /** The key of an enum's labels: its simple name, behind its enclosing class's for a nested one (Envoi.Statut). */
    public static String cle(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : cle(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** A code of a request's data (NOUVELLE_FILIERE → « Nouvelle filière »); the code itself when none is known. */
    public static String code(String code) {
        return code == null ? AUCUN : TEXTES.getProperty("code." + code, code);
    }

    /** Whether {@code libelles.properties} names this code of a request's data. */
    public static boolean connu(String code) {
        return TEXTES.containsKey("code." + code);
    }

    /** An engine deployment's name as people read it (« SpringAutoDeployment » → « Déploiement automatique … »). */
    public String deploiement(String nom) {
        return nom == null ? AUCUN : TEXTES.getProperty("deploiement." + nom, nom);
    }

    /**
     * A number the French way: a decimal comma, a narrow no-break space between thousands, at most two decimals and
     * none when it is whole (944.0 → « 944 », 1234.5 → « 1 234,5 »).
     */
    public static String nombre(Number nombre) {
        if (nombre == null) {
            return AUCUN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRANCAIS);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(nombre instanceof BigDecimal d ? d : nombre).replace('\u00A0', '\u202F');
    }

    /** {@link #nombre} for the pages. */
    public String nb(Number nombre) {
        return nombre(nombre);
    }

    /** The labels of {@code valeurs} as a choice among them: « CSEF, Bureau ou Instance plénière ». */
    public static String unParmi(List<?> valeurs) {
        List<String> libelles = valeurs.stream().map(Libelles::libelle).toList();
        return libelles.size() < 2 ? String.join("", libelles) : String.join(", ",
                libelles.subList(0, libelles.size() - 1)) + " ou " + libelles.get(libelles.size() - 1);
    }

    /** A number of days (« 944 j »), « — » for none. */
    public String jours(Number nombre) {
        return nombre == null ? AUCUN : nombre(nombre) + "\u00A0j";
    }
}
