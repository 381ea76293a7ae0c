package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.LigneCreeeDuBassin;
import be.ibefe.avis.system.ConflitException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fiche projet of a pôle (DOMAIN « Decision order and pôles »: titre, objectifs, parties prenantes, durée, publics
 * cibles, description, résultats et impacts attendus), validated by the Instance (seed 003 l.102), with its follow-up
 * and result indicators: their targets are set with the fiche, their actual values recorded as the project runs
 * (seed 003 l.128).
 */
@Entity
@Table(name = "fiche_projet")
public class FicheProjet extends LigneCreeeDuBassin {

    @Column(name = "pole_id")
    private long poleId;

    private String titre;

    private String objectifs;

    @Column(name = "parties_prenantes")
    private String partiesPrenantes;

    @Column(name = "duree_mois")
    private int dureeMois;

    @Column(name = "publics_cibles")
    private String publicsCibles;

    private String description;

    @Column(name = "resultats_attendus")
    private String resultatsAttendus;

    @Enumerated(EnumType.STRING)
    private StatutApprobation statut;

    @ElementCollection
    @CollectionTable(name = "fiche_projet_indicateur", joinColumns = @JoinColumn(name = "fiche_id"))
    @OrderBy("rang")
    private List<Indicateur> indicateurs = new ArrayList<>();

    /** An indicator: its target set at the start, its actual value (none yet) recorded later. */
    @Embeddable
    public record Indicateur(int rang, @Enumerated(EnumType.STRING) NatureIndicateur nature, String libelle,
            String unite, BigDecimal cible, BigDecimal reel) {
    }

    protected FicheProjet() {
    }

    FicheProjet(Pole pole, FicheSaisie saisie, String creePar, Instant creeLe) {
        super(pole.getBassin(), creePar, creeLe);
        this.poleId = pole.getId();
        this.titre = saisie.titre().trim();
        this.objectifs = saisie.objectifs().trim();
        this.partiesPrenantes = saisie.partiesPrenantes().trim();
        this.dureeMois = saisie.dureeMois();
        this.publicsCibles = saisie.publicsCibles().trim();
        this.description = saisie.description().trim();
        this.resultatsAttendus = saisie.resultatsAttendus().trim();
        for (int i = 0; i < saisie.indicateurs().size(); i++) {
            FicheSaisie.IndicateurSaisi indicateur = saisie.indicateurs().get(i);
            this.indicateurs.add(new Indicateur(i + 1, indicateur.nature(), indicateur.libelle().trim(),
                    indicateur.unite() == null || indicateur.unite().isBlank() ? null : indicateur.unite().trim(),
                    indicateur.cible(), null));
        }
        this.statut = StatutApprobation.A_APPROUVER;
    }

    /** The pôle ended before the Instance decided on it. */
    void sansObjet() {
        if (statut == StatutApprobation.A_APPROUVER) {
            statut = StatutApprobation.SANS_OBJET;
        }
    }

    void decider(boolean approuve) {
        statut = approuve ? StatutApprobation.APPROUVE : StatutApprobation.REFUSE;
    }

    /** The actual value of an indicator: only once the Instance validated the fiche; its target never changes. */
    void mesurer(int rang, BigDecimal reel) {
        if (statut != StatutApprobation.APPROUVE) {
            throw new ConflitException("La fiche projet « %s » n'est pas validée par l'Instance (%s) : ses indicateurs "
                    .formatted(titre, statut.libelle()) + "ne se mesurent qu'une fois la fiche validée.");
        }
        for (int i = 0; i < indicateurs.size(); i++) {
            Indicateur indicateur = indicateurs.get(i);
            if (indicateur.rang() == rang) {
                indicateurs.set(i, new Indicateur(rang, indicateur.nature(), indicateur.libelle(), indicateur.unite(),
                        indicateur.cible(), reel));
                return;
            }
        }
        throw new be.ibefe.avis.system.RessourceIntrouvableException(
                "La fiche projet « %s » n'a pas d'indicateur n° %d.".formatted(titre, rang));
    }

    public long getPoleId() {
        return poleId;
    }

    public String getTitre() {
        return titre;
    }

    public String getObjectifs() {
        return objectifs;
    }

    public String getPartiesPrenantes() {
        return partiesPrenantes;
    }

    public int getDureeMois() {
        return dureeMois;
    }

    public String getPublicsCibles() {
        return publicsCibles;
    }

    public String getDescription() {
        return description;
    }

    public String getResultatsAttendus() {
        return resultatsAttendus;
    }

    public StatutApprobation getStatut() {
        return statut;
    }

    public List<Indicateur> getIndicateurs() {
        return List.copyOf(indicateurs);
    }
}
