package be.ibefe.avis.report;

import be.ibefe.avis.bassin.AvisType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The wording of the activity report, read from a UTF-8 properties file that a coordinator can replace
 * ({@code avis.rapport.textes}). The file is checked at start-up: a missing general sentence or an unknown
 * {@code {valeur}} stops the application with the key at fault, rather than printing a broken report; the texts of
 * each avis type are checked with the rest of its definition ({@link #manquants(AvisType)}).
 */
@Component
public class TextesRapport {

    static final String EMPLACEMENT_PAR_DEFAUT = "classpath:textes/rapport-activite.properties";

    /** Everything a sentence may refer to; {@code chambre} and {@code instance} come from the file itself. */
    static final Set<String> VALEURS = Set.of("annee", "chambre", "instance", "bassins", "etabliLe", "recus", "analyses",
            "favorables", "recommandations", "defavorables", "nonCompetents", "retires", "retiresParDemandeur",
            "retiresDOffice", "enCours", "dontRecommandation", "favorablesObtenus", "defavorablesObtenus");

    private static final Pattern VALEUR = Pattern.compile("\\{(\\w+)}");
    private static final List<String> VARIANTES = List.of("aucun", "un", "plusieurs");
    private static final List<String> GENERALES = List.of("chambre", "instance", "titre", "introduction", "regles",
            "tableau.titre", "colonne.code", "colonne.type", "colonne.recus", "colonne.analyses", "colonne.favorables",
            "colonne.favorablesAvecRecommandation", "colonne.defavorables", "colonne.nonCompetents",
            "colonne.retires", "colonne.enCours", "ligne.total", "seances.titre", "seances.aucune",
            "colonne.chambre", "colonne.nombreSeances", "colonne.dates", "partages", "recommandation.aucune",
            "recommandation.seul-favorable", "recommandation.tous", "recommandation.un",
            "recommandation.plusieurs");
    private static final List<String> PAR_NOMBRE = List.of("favorables.tous-recus", "defavorables.tous-recus",
            "favorables.analyses", "defavorables.analyses", "favorables-obtenus", "defavorables-obtenus",
            "non-competents", "retires", "retires-d-office", "en-cours");

    private final Properties textes;
    private final ResourceLoader resources;
    /** The texts of each type declared by configuration with a file of its own, over the general ones. */
    private final Map<AvisType, Properties> textesDesTypes = Collections.synchronizedMap(new IdentityHashMap<>());

    @Autowired
    TextesRapport(ResourceLoader resources,
            @Value("${avis.rapport.textes:" + EMPLACEMENT_PAR_DEFAUT + "}") String emplacement) {
        this(lire(resources.getResource(emplacement)), resources);
    }

    TextesRapport(Properties textes) {
        this(textes, new DefaultResourceLoader());
    }

    private TextesRapport(Properties textes, ResourceLoader resources) {
        this.textes = textes;
        this.resources = resources;
        verifier(textes);
    }

    static Properties lire(Resource fichier) {
        Properties textes = new Properties();
        try (Reader lecteur = new InputStreamReader(fichier.getInputStream(), StandardCharsets.UTF_8)) {
            textes.load(lecteur);
        } catch (IOException e) {
            throw new UncheckedIOException("Textes du rapport illisibles : " + fichier.getDescription(), e);
        }
        return textes;
    }

    /** {@code aucun}, {@code un} or {@code plusieurs}: the variant of a sentence that depends on a number. */
    static String variante(long nombre) {
        return VARIANTES.get((int) Math.min(nombre, 2));
    }

    /** A general text, its {@code {valeurs}} replaced. */
    public String texte(String cle, Map<String, ?> valeurs) {
        return remplir(cle, brut(cle), valeurs);
    }

    /** The text of one avis type: {@code <TYPE>.<cle>} when the file has it, otherwise the general one. */
    public String texte(AvisType type, String cle, Map<String, ?> valeurs) {
        String propre = textesDu(type).getProperty(type.name() + "." + cle);
        return propre != null ? remplir(type.name() + "." + cle, propre, valeurs) : texte(cle, valeurs);
    }

    public String libelle(String cle) {
        return texte(cle, Map.of());
    }

    private String brut(String cle) {
        String texte = textes.getProperty(cle);
        if (texte == null) {
            throw new IllegalStateException("Texte du rapport manquant : " + cle);
        }
        return texte;
    }

    private String remplir(String cle, String texte, Map<String, ?> valeurs) {
        Map<String, Object> toutes = new HashMap<>(valeurs);
        toutes.putIfAbsent("chambre", textes.getProperty("chambre"));
        toutes.putIfAbsent("instance", textes.getProperty("instance"));
        toutes.putIfAbsent("bassins", "");
        Matcher matcher = VALEUR.matcher(texte);
        StringBuilder rempli = new StringBuilder();
        while (matcher.find()) {
            Object valeur = toutes.get(matcher.group(1));
            if (valeur == null) {
                throw new IllegalStateException("Texte du rapport « %s » : pas de valeur pour {%s}"
                        .formatted(cle, matcher.group(1)));
            }
            matcher.appendReplacement(rempli, Matcher.quoteReplacement(valeur.toString()));
        }
        return matcher.appendTail(rempli).toString();
    }

    /**
     * The texts of one avis type the file lacks ({@code <TYPE>.titre}, {@code <TYPE>.recus.aucun|un|plusieurs}), for
     * the start-up check of every type's definition ({@code exploitation/DefinitionDesTypes}), which names them with
     * the type's other missing pieces.
     */
    public List<String> manquants(AvisType type) {
        List<String> propres = new ArrayList<>(List.of("titre"));
        VARIANTES.forEach(variante -> propres.add("recus." + variante));
        Properties duType = textesDu(type);
        return propres.stream().map(cle -> type.name() + "." + cle).filter(cle -> !duType.containsKey(cle)).toList();
    }

    /**
     * The texts of a type: those of the file, and for a type declared by configuration with its own texts file
     * ({@code avis.types.<CODE>.textes}), that file's {@code <CODE>.…} over them. A file absent adds none (its type
     * then lacks its texts, which the start-up check names); one with an unknown {@code {valeur}} stops the start.
     */
    private Properties textesDu(AvisType type) {
        if (type.textes() == null) {
            return textes;
        }
        return textesDesTypes.computeIfAbsent(type, t -> {
            Properties ensemble = new Properties();
            ensemble.putAll(textes);
            Resource fichier = resources.getResource(t.textes());
            if (fichier.exists()) {
                Properties propres = lire(fichier);
                verifierValeurs(propres);
                propres.stringPropertyNames().stream().filter(cle -> cle.startsWith(t.name() + "."))
                        .forEach(cle -> ensemble.setProperty(cle, propres.getProperty(cle)));
            }
            return ensemble;
        });
    }

    private static void verifier(Properties textes) {
        List<String> manquants = new ArrayList<>();
        List<String> cles = new ArrayList<>(GENERALES);
        PAR_NOMBRE.forEach(cle -> cles.addAll(List.of(cle + ".un", cle + ".plusieurs")));
        cles.stream().filter(cle -> !textes.containsKey(cle)).forEach(manquants::add);
        if (!manquants.isEmpty()) {
            throw new IllegalStateException("Textes du rapport manquants : " + String.join(", ", manquants));
        }
        verifierValeurs(textes);
    }

    private static void verifierValeurs(Properties textes) {
        for (String cle : textes.stringPropertyNames()) {
            Matcher matcher = VALEUR.matcher(textes.getProperty(cle));
            while (matcher.find()) {
                if (!VALEURS.contains(matcher.group(1))) {
                    throw new IllegalStateException("Texte du rapport « %s » : valeur {%s} inconnue ; valeurs admises : %s"
                            .formatted(cle, matcher.group(1), String.join(", ", VALEURS.stream().sorted().toList())));
                }
            }
        }
    }
}
