package be.ibefe.avis.bassin;

import be.ibefe.avis.system.AvecLibelle;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A kind of avis the CSEF gives (the shared domain document): a code, stored as it is in the database and written as
 * it is in JSON, with its French label. Each has its own process, keyed {@code avis-<code in kebab case>}.
 *
 * The eight types of the domain are the constants below, in their display order; a deployment may declare more in
 * its configuration ({@code avis.types.<CODE>}, {@link TypesDeclares}), which come after them, each with its data
 * schema in a file of its own (README, « Ajouter un type d'avis »). Every instance is the one of its code:
 * {@link #valueOf(String)} and deserialisation give it back, so that types compare with {@code ==} as constants do.
 */
@JsonDeserialize(using = AvisType.LectureJson.class)
public final class AvisType implements AvecLibelle, Comparable<AvisType>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A code: capitals, digits and underscores, 40 characters at most (the column {@code dossier.type}). */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Every type known, by code, in the order they were defined (the display order). */
    private static final Map<String, AvisType> TYPES = new LinkedHashMap<>();

    public static final AvisType CISP_AGREMENT = definir("CISP_AGREMENT", "Agrément CISP");
    public static final AvisType CREDIT_ADAPTATION = definir("CREDIT_ADAPTATION", "Crédit adaptation");
    public static final AvisType ALE_FORMATION = definir("ALE_FORMATION", "Formation ALE");
    public static final AvisType APRC = definir("APRC", "Parcours de renforcement des compétences");
    public static final AvisType EPS_FOREM = definir("EPS_FOREM", "Convention EPS-FOREM");
    public static final AvisType EQUIPEMENT = definir("EQUIPEMENT", "Fonds d'équipement");
    public static final AvisType POLE_OPPORTUNITE = definir("POLE_OPPORTUNITE", "Avis d'opportunité d'un pôle");
    public static final AvisType INTERPELLATION = definir("INTERPELLATION", "Avis et interpellation");

    private final String code;
    private final String libelle;
    private final int rang;
    private final boolean domaine;
    /** Where the data schema of a type declared by configuration lies ({@code null} for the domain's types). */
    private final String schema;
    /** Where the report texts of a type declared by configuration lie ({@code null} for the domain's types). */
    private final String textes;

    private AvisType(String code, String libelle, int rang, boolean domaine, String schema, String textes) {
        this.code = code;
        this.libelle = libelle;
        this.rang = rang;
        this.domaine = domaine;
        this.schema = schema;
        this.textes = textes;
    }

    private static AvisType definir(String code, String libelle) {
        AvisType type = new AvisType(code, libelle, TYPES.size(), true, null, null);
        TYPES.put(code, type);
        return type;
    }

    /**
     * Adds a type declared by configuration after the known ones; {@link TypesDeclares} alone calls it, at start-up.
     *
     * @throws IllegalArgumentException in French, for a code already known, malformed or without a label
     */
    static synchronized AvisType declarer(String code, String libelle, String schema, String textes) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(("avis.types : le code « %s » n'est pas un code de type d'avis "
                    + "(majuscules, chiffres et _, 40 caractères au plus, une lettre d'abord)").formatted(code));
        }
        if (TYPES.containsKey(code)) {
            throw new IllegalArgumentException(
                    "avis.types.%s : le type d'avis %s est déjà défini (%s)".formatted(code, code,
                            TYPES.get(code).libelle));
        }
        if (libelle == null || libelle.isBlank()) {
            throw new IllegalArgumentException("avis.types.%s.libelle : le libellé du type est obligatoire"
                    .formatted(code));
        }
        int rang = TYPES.values().stream().mapToInt(t -> t.rang).max().orElse(-1) + 1;
        AvisType type = new AvisType(code, libelle.strip(), rang, false, emplacement(schema),
                emplacement(textes));
        TYPES.put(code, type);
        return type;
    }

    private static String emplacement(String emplacement) {
        return emplacement == null || emplacement.isBlank() ? null : emplacement.strip();
    }

    /** Forgets a type declared by configuration when the application that declared it stops. */
    static synchronized void retirer(AvisType type) {
        if (type.duDomaine()) {
            throw new IllegalArgumentException("Le type " + type.code + " est un type du domaine");
        }
        TYPES.remove(type.code, type);
    }

    /** Every type, the domain's first, in the display order. */
    public static synchronized AvisType[] values() {
        return TYPES.values().stream().sorted(Comparator.comparingInt(t -> t.rang)).toArray(AvisType[]::new);
    }

    /**
     * The type of this code.
     *
     * @throws IllegalArgumentException in French, naming the known codes, for a code no type has
     */
    public static synchronized AvisType valueOf(String code) {
        AvisType type = code == null ? null : TYPES.get(code);
        if (type == null) {
            throw new IllegalArgumentException("Type d'avis inconnu : « %s ». Types connus : %s.".formatted(code,
                    String.join(", ", TYPES.keySet())));
        }
        return type;
    }

    /** The code, as stored and written in JSON. */
    @JsonValue
    public String name() {
        return code;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    public String processKey() {
        return "avis-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Where the data schema of a type declared by configuration lies ({@code avis.types.<CODE>.schema}); {@code null}
     * for the domain's types (dossier/SchemasDonnees) or when the configuration gives none.
     */
    public String schema() {
        return schema;
    }

    /**
     * Where the report texts of a type declared by configuration lie ({@code avis.types.<CODE>.textes}, a properties
     * file with its {@code <CODE>.titre}, …); {@code null} for the domain's types (textes/rapport-activite.properties)
     * or when the configuration gives none.
     */
    public String textes() {
        return textes;
    }

    /** Whether the type is one of the domain's, defined by the constants of this class. */
    public boolean duDomaine() {
        return domaine;
    }

    /** The position in the display order. */
    public int ordinal() {
        return rang;
    }

    @Override
    public int compareTo(AvisType autre) {
        return Integer.compare(rang, autre.rang);
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof AvisType type && type.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    /** A type read back from a session or a flash attribute is the one of its code. */
    @Serial
    private Object readResolve() {
        return valueOf(code);
    }

    /**
     * JSON: the code; an unknown code or another kind of value is refused as an unknown enum constant would be
     * (system/ProblemHandler names the codes admitted).
     */
    static final class LectureJson extends StdScalarDeserializer<AvisType> {

        @Serial
        private static final long serialVersionUID = 1L;

        LectureJson() {
            super(AvisType.class);
        }

        @Override
        public AvisType deserialize(JsonParser lecteur, DeserializationContext contexte) throws IOException {
            if (!lecteur.hasToken(JsonToken.VALUE_STRING)) {
                return (AvisType) contexte.handleUnexpectedToken(AvisType.class, lecteur);
            }
            String code = lecteur.getText();
            synchronized (AvisType.class) {
                if (TYPES.containsKey(code)) {
                    return TYPES.get(code);
                }
            }
            return (AvisType) contexte.handleWeirdStringValue(AvisType.class, code, "type d'avis inconnu");
        }
    }
}
