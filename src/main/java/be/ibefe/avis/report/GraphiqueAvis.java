package be.ibefe.avis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The year's avis per type and outcome as a picture: one horizontal bar per avis type, cut by outcome, drawn as SVG
 * by the dashboard's template from these shapes. The figures are the activity report's, never counted again.
 */
public record GraphiqueAvis(int largeur, int hauteur, List<Barre> barres, List<Issue> legende) {

    static final int LARGEUR = 820;
    static final int MARGE_GAUCHE = 300;
    static final int MARGE_DROITE = 50;
    static final int HAUTEUR_BARRE = 24;
    static final int ESPACE = 12;
    static final int HAUT = 10;
    static final int LEGENDE = 50;

    /** An outcome, its colour (contrasted, and told apart by the legend's order, not by colour alone). */
    public enum Issue {
        FAVORABLE("Favorables", "#1b6b35", Compteurs::favorables, c -> c.favorables() - c.favorablesAvecRecommandation()),
        AVEC_RECOMMANDATION("Favorables avec recommandation", "#6aa84f", Compteurs::favorablesAvecRecommandation,
                Compteurs::favorablesAvecRecommandation),
        DEFAVORABLE("Défavorables", "#a4001d", Compteurs::defavorables, Compteurs::defavorables),
        NON_COMPETENT("CSEF non compétente", "#7a4a00", Compteurs::nonCompetents, Compteurs::nonCompetents),
        RETIRE("Retirés", "#777777", Compteurs::retires, Compteurs::retires),
        EN_COURS("En cours", "#00587a", Compteurs::enCours, Compteurs::enCours);

        private final String libelle;
        private final String couleur;
        private final ToLongFunction<Compteurs> total;
        private final ToLongFunction<Compteurs> partPropre;

        Issue(String libelle, String couleur, ToLongFunction<Compteurs> total, ToLongFunction<Compteurs> partPropre) {
            this.libelle = libelle;
            this.couleur = couleur;
            this.total = total;
            this.partPropre = partPropre;
        }

        public String libelle() {
            return libelle;
        }

        /** In the picture, where the favourable ones with a recommendation have their own piece. */
        public String legende() {
            return this == FAVORABLE ? "Favorables sans recommandation" : libelle;
        }

        public String couleur() {
            return couleur;
        }

        /** As the report counts it: the favourable ones include those with a recommendation. */
        public long nombre(Compteurs compteurs) {
            return total.applyAsLong(compteurs);
        }
    }

    /** A piece of a bar: an outcome and its number of dossiers. */
    public record Segment(Issue issue, long nombre, int x, int largeur) {
    }

    public record Barre(String libelle, long recus, int y, List<Segment> segments) {
    }

    static GraphiqueAvis de(RapportActivite rapport) {
        long maximum = Math.max(1, rapport.types().stream().mapToLong(t -> t.compteurs().recus()).max().orElse(1));
        double echelle = (double) (LARGEUR - MARGE_GAUCHE - MARGE_DROITE) / maximum;
        List<Barre> barres = new ArrayList<>();
        int y = HAUT;
        for (ActiviteType type : rapport.types()) {
            List<Segment> segments = new ArrayList<>();
            double x = MARGE_GAUCHE;
            for (Issue issue : Issue.values()) {
                long nombre = issue.partPropre.applyAsLong(type.compteurs());
                if (nombre > 0) {
                    segments.add(new Segment(issue, nombre, (int) Math.round(x), (int) Math.round(nombre * echelle)));
                    x += nombre * echelle;
                }
            }
            barres.add(new Barre(type.type().libelle(), type.compteurs().recus(), y, segments));
            y += HAUTEUR_BARRE + ESPACE;
        }
        return new GraphiqueAvis(LARGEUR, y + LEGENDE, barres, List.of(Issue.values()));
    }

    public int margeGauche() {
        return MARGE_GAUCHE;
    }

    public int hauteurBarre() {
        return HAUTEUR_BARRE;
    }

    /** Where the legend starts, under the bars. */
    public int yLegende() {
        return hauteur - LEGENDE + ESPACE;
    }
}
