package be.ibefe.avis.poles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** A pôle as the API and the pages show it: codes with their French labels, its members, meetings, fiches and what the Instance decided. */
public record PoleView(long id, String bassin, Set<String> bassinsAssocies, String nature, String natureLibelle,
        String nom, String secteur, String mission, String origine, String origineLibelle, Long groupeOrigineId,
        String statut, String statutLibelle, int dureeMois, LocalDate debut, LocalDate fin, LocalDate evaluationLe,
        int renouvellements, String conclusionsEvaluation, String motifCloture, String motifClotureLibelle,
        LocalDate closLe, String creePar, Instant creeLe, List<Membre> membres, List<Reunion> reunions,
        List<Fiche> fiches, List<Approbation> approbations) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Membre(long id, String organisation, String representant, String categorie,
            String categorieLibelle, String commune, LocalDate debut, LocalDate fin, String statut,
            String statutLibelle) {

        static Membre de(MembrePole m) {
            return new Membre(m.getId(), m.getOrganisation(), m.getRepresentant(), m.getCategorie().name(),
                    m.getCategorie().libelle(), m.getCommune(), m.getDebut(), m.getFin(), m.getStatut().name(),
                    m.getStatut().libelle());
        }
    }

    public record Presence(long membreId, String organisation, String representant, boolean present) {
    }

    /** {@code avisDOpportunite}: the avis d'opportunité the pôle gave in the meeting, by consensus too. */
    public record Reunion(long id, LocalDate date, boolean webinaire, String lieu, String ordreDuJour,
            List<Presence> presences, List<String> decisions, List<AvisRendu> avisDOpportunite) {
    }

    /**
     * An avis d'opportunité given in a meeting; {@code reference} and {@code objet} of its dossier only for the
     * carrying bassin's users (an associated bassin reads the pôle, not the dossiers of another bassin), else null.
     */
    public record AvisRendu(Long dossierId, String reference, String objet, String decision, String decisionLibelle,
            String motivation, String recommandation) {
    }

    /** {@code cibleTexte}, {@code reelTexte}: the values in French (« 1 250,5 réunions »), « — » when not measured yet. */
    public record Indicateur(int rang, String nature, String natureLibelle, String libelle, String unite,
            BigDecimal cible, BigDecimal reel, String cibleTexte, String reelTexte) {

        static String texte(BigDecimal valeur, String unite) {
            if (valeur == null) {
                return "—";
            }
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
            format.setMaximumFractionDigits(2);
            return format.format(valeur) + (unite == null ? "" : " " + unite);
        }
    }

    public record Fiche(long id, String titre, String objectifs, String partiesPrenantes, int dureeMois,
            String publicsCibles, String description, String resultatsAttendus, String statut, String statutLibelle,
            List<Indicateur> indicateurs) {

        static Fiche de(FicheProjet f) {
            return new Fiche(f.getId(), f.getTitre(), f.getObjectifs(), f.getPartiesPrenantes(), f.getDureeMois(),
                    f.getPublicsCibles(), f.getDescription(), f.getResultatsAttendus(), f.getStatut().name(),
                    f.getStatut().libelle(), f.getIndicateurs().stream().map(i -> new Indicateur(i.rang(),
                            i.nature().name(), i.nature().libelle(), i.libelle(), i.unite(), i.cible(), i.reel(),
                            Indicateur.texte(i.cible(), i.unite()), Indicateur.texte(i.reel(), i.unite())))
                            .toList());
        }
    }

    /** {@code designation}: what is submitted, in words (« Désignation d'un membre : Forem (Liège) »). */
    public record Approbation(long id, long poleId, String poleNom, String bassin, String objet, String objetLibelle,
            Long objetId, String designation, String statut, String statutLibelle, Instant soumisLe, Long seanceId,
            String motivation, String decidePar, Instant decideLe) {
    }
}
