package be.ibefe.avis.report;

import static be.ibefe.avis.report.TextesRapport.variante;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.report.ChapitreActivite.Ligne;
import be.ibefe.avis.report.ChapitreActivite.SeancesChambre;
import be.ibefe.avis.report.ChapitreActivite.Section;
import be.ibefe.avis.report.ChapitreActivite.Tableau;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes the activity report out in French, in the manner of the chapter it replaces ("La CSEF a reçu 8 dossiers de
 * demande de crédit-adaptation en 2024. Ils ont tous été considérés comme favorables, dont 1 accompagné d'une
 * recommandation."). Which sentence fits the figures is decided here; the words are those of {@link TextesRapport}.
 */
@Component
public class RedactionChapitre {

    private static final List<String> COLONNES = List.of("colonne.type", "colonne.recus", "colonne.analyses",
            "colonne.favorables", "colonne.favorablesAvecRecommandation", "colonne.defavorables",
            "colonne.nonCompetents", "colonne.retires", "colonne.enCours");
    private static final List<String> LIBELLES = List.of("tableau.titre", "colonne.code", "seances.titre", "colonne.chambre",
            "colonne.nombreSeances", "colonne.dates");

    private final TextesRapport textes;

    public RedactionChapitre(TextesRapport textes) {
        this.textes = textes;
    }

    public ChapitreActivite rediger(RapportActivite rapport, List<SeanceTenue> seances, LocalDate etabliLe) {
        return rediger(rapport, seances, etabliLe, Map.of());
    }

    /**
     * {@code auteur}: who the report speaks of, {@code instance} (« l'Instance Bassin … de Huy-Waremme ») and
     * {@code chambre} (its chambre's name), from the bassin's identity; without them, the file's own values.
     */
    public ChapitreActivite rediger(RapportActivite rapport, List<SeanceTenue> seances, LocalDate etabliLe,
            Map<String, String> auteur) {
        int annee = rapport.annee();
        Map<String, Object> general = new HashMap<>(auteur);
        general.put("annee", annee);
        general.put("etabliLe", DatesEnFrancais.complete(etabliLe));
        List<Section> sections = rapport.types().stream()
                .map(ligne -> new Section(ligne.type(), textes.texte(ligne.type(), "titre", general),
                        paragraphe(ligne.type(), annee, ligne.compteurs(), auteur)))
                .toList();
        List<SeancesChambre> parChambre = parChambre(seances);
        Map<String, String> libelles = new LinkedHashMap<>();
        LIBELLES.forEach(cle -> libelles.put(cle, textes.libelle(cle)));
        return new ChapitreActivite(annee, etabliLe, textes.texte("titre", general),
                textes.texte("introduction", general), textes.texte("regles", general), sections, tableau(rapport),
                parChambre, parChambre.isEmpty() ? textes.texte("seances.aucune", general) : null, libelles);
    }

    /** The paragraph of one avis type. */
    String paragraphe(AvisType type, int annee, Compteurs c) {
        return paragraphe(type, annee, c, Map.of());
    }

    String paragraphe(AvisType type, int annee, Compteurs c, Map<String, String> auteur) {
        Map<String, Object> valeurs = valeurs(annee, c);
        valeurs.putAll(auteur);
        if (c.recus() == 0) {
            return textes.texte(type, "recus.aucun", valeurs);
        }
        List<String> phrases = new ArrayList<>();
        phrases.add(textes.texte(type, "recus." + variante(c.recus()), valeurs));
        if (c.analyses() > 0) {
            phrases.add(avisRendus(type, c, valeurs));
        }
        if (c.nonCompetents() > 0) {
            phrases.add(textes.texte(type, "non-competents." + variante(c.nonCompetents()), valeurs));
        }
        if (c.retiresParDemandeur() > 0) {
            phrases.add(textes.texte(type, "retires." + variante(c.retiresParDemandeur()), valeurs));
        }
        if (c.retiresDOffice() > 0) {
            phrases.add(textes.texte(type, "retires-d-office." + variante(c.retiresDOffice()), valeurs));
        }
        if (c.enCours() > 0) {
            phrases.add(textes.texte(type, "en-cours." + variante(c.enCours()), valeurs));
        }
        return String.join(" ", phrases);
    }

    private String avisRendus(AvisType type, Compteurs c, Map<String, Object> valeurs) {
        valeurs.put("dontRecommandation", textes.texte(type, recommandation(c), valeurs));
        if (c.favorables() > 0 && c.defavorables() > 0) {
            valeurs.put("favorablesObtenus",
                    textes.texte(type, "favorables-obtenus." + variante(c.favorables()), valeurs));
            valeurs.put("defavorablesObtenus",
                    textes.texte(type, "defavorables-obtenus." + variante(c.defavorables()), valeurs));
            return textes.texte(type, "partages", valeurs);
        }
        String avis = c.defavorables() == 0 ? "favorables" : "defavorables";
        String portee = c.analyses() == c.recus() ? "tous-recus" : "analyses";
        return textes.texte(type, avis + "." + portee + "." + variante(c.analyses()), valeurs);
    }

    private static String recommandation(Compteurs c) {
        long avecRecommandation = c.favorablesAvecRecommandation();
        if (avecRecommandation == 0) {
            return "recommandation.aucune";
        }
        if (c.favorables() == 1) {
            return "recommandation.seul-favorable";
        }
        if (avecRecommandation == c.favorables()) {
            return "recommandation.tous";
        }
        return avecRecommandation == 1 ? "recommandation.un" : "recommandation.plusieurs";
    }

    private static Map<String, Object> valeurs(int annee, Compteurs c) {
        Map<String, Object> valeurs = new HashMap<>();
        valeurs.put("annee", annee);
        valeurs.put("recus", c.recus());
        valeurs.put("analyses", c.analyses());
        valeurs.put("favorables", c.favorables());
        valeurs.put("recommandations", c.favorablesAvecRecommandation());
        valeurs.put("defavorables", c.defavorables());
        valeurs.put("nonCompetents", c.nonCompetents());
        valeurs.put("retires", c.retires());
        valeurs.put("retiresParDemandeur", c.retiresParDemandeur());
        valeurs.put("retiresDOffice", c.retiresDOffice());
        valeurs.put("enCours", c.enCours());
        return valeurs;
    }

    private Tableau tableau(RapportActivite rapport) {
        List<Ligne> lignes = rapport.types().stream()
                .map(ligne -> new Ligne(ligne.type().name(), ligne.type().libelle(), valeurs(ligne.compteurs())))
                .toList();
        return new Tableau(COLONNES.stream().map(textes::libelle).toList(), lignes,
                new Ligne(null, textes.libelle("ligne.total"), valeurs(rapport.totaux())));
    }

    private static List<Long> valeurs(Compteurs c) {
        return List.of(c.recus(), c.analyses(), c.favorables(), c.favorablesAvecRecommandation(), c.defavorables(),
                c.nonCompetents(), c.retires(), c.enCours());
    }

    private static List<SeancesChambre> parChambre(List<SeanceTenue> seances) {
        Map<String, List<LocalDate>> dates = seances.stream()
                .sorted(Comparator.comparing(SeanceTenue::date))
                .collect(Collectors.groupingBy(SeanceTenue::chambre, LinkedHashMap::new,
                        Collectors.mapping(SeanceTenue::date, Collectors.toList())));
        return dates.entrySet().stream()
                .map(e -> new SeancesChambre(e.getKey(), e.getValue(), DatesEnFrancais.enumeration(e.getValue())))
                .toList();
    }
}
