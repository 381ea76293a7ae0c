package be.ibefe.avis.poles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a coordinator enters for a pôle, as the API and the pages receive it. */
final class Saisies {

    private Saisies() {
    }

    /** A new pôle proposed to the Instance, or a new working group; {@code bassin}: the carrying one. */
    record PoleSaisi(String bassin, NaturePole nature, String nom, String secteur, String mission, Integer dureeMois,
            List<String> bassinsAssocies) {
    }

    /** The Bureau converts a working group into a pôle (seed 000 l.450). */
    record ConversionSaisie(String nom, Integer dureeMois) {
    }

    record MembreSaisi(String organisation, String representant, CategorieMembre categorie, String commune,
            LocalDate debut) {
    }

    record FinMembreSaisie(LocalDate fin) {
    }

    /** {@code presents}: ids of the members who attended; {@code decisions}: taken by consensus, in order. */
    record ReunionSaisie(LocalDate date, Boolean webinaire, String lieu, String ordreDuJour, List<Long> presents,
            List<String> decisions) {
    }

    /** The plénière's decision on an approbation: in which séance, approved or not, why. */
    /** The plénière's decision on an approval; votes as on any point of its agenda, none for a consensus. */
    record DecisionInstanceSaisie(Long seanceId, Boolean approuve, String motivation, Integer pour, Integer contre,
            Integer abstentions) {

        DecisionInstanceSaisie(Long seanceId, Boolean approuve, String motivation) {
            this(seanceId, approuve, motivation, null, null, null);
        }
    }

    record EvaluationSaisie(Boolean renouveler, String conclusions) {
    }

    record MesureSaisie(BigDecimal reel) {
    }
}
