package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.seance.SeanceService;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly decision on the thématiques communes: the working group's proposal (September), its inscription on the
 * agenda of an Instance plénière of the same year, and the plénière's decision (October). Validated, its métiers
 * become the métiers prioritaires of the next year, which the rules read.
 */
@Service
public class ThematiquesCommunesDecisions {

    /** Length of each recommendation heading and of the motivation of a refusal. */
    public static final int TEXTE_MAX = 4000;
    public static final int MOTIVATION_MAX = 2000;
    /** Liège 2024 counts 125 métiers prioritaires (000 l.266): room for a bassin with several times as many. */
    public static final int METIERS_MAX = 500;

    public record Proposition(LocalDate dateGroupeTravail, Recommandations recommandations,
            List<MetierSaisi> metiers) {
    }

    /** {@code validees}: the plénière validates (true) or refuses (false); no counts for a decision by consensus. */
    public record Decision(Boolean validees, Integer pour, Integer contre, Integer abstentions, String motivation) {
    }

    private final ThematiquesCommunesRepository repository;
    private final SeanceService seances;
    private final Perimetre perimetre;
    private final CurrentUser utilisateur;

    ThematiquesCommunesDecisions(ThematiquesCommunesRepository repository, SeanceService seances,
            Perimetre perimetre, CurrentUser utilisateur) {
        this.repository = repository;
        this.seances = seances;
        this.perimetre = perimetre;
        this.utilisateur = utilisateur;
    }

    /**
     * Who enters, from the pages, the working group's proposal, inscribes it, records the plénière's decision and draws
     * up the list of métiers prioritaires it starts from: the coordination, as {@code ThematiquesCommunesPage} and
     * {@code MetiersPrioritairesPage} guard them (the API also lets the administrators). The page asks it before
     * offering those forms and links ({@code ${@thematiquesCommunesDecisions.peutSaisir()}}).
     */
    public boolean peutSaisir() {
        return utilisateur.groupes().contains(Groupes.COORDINATION);
    }

    @Transactional(readOnly = true)
    public List<ThematiquesCommunesView> liste() {
        return repository.findByBassinOrderByAnneeDesc(bassin()).stream().map(ThematiquesCommunesView::de).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ThematiquesCommunesView> trouver(int annee) {
        MetiersPrioritaires.verifierAnnee(annee);
        return repository.findByBassinAndAnnee(bassin(), annee).map(ThematiquesCommunesView::de);
    }

    /** A bassin's decision of a year, for the activity report (the caller has checked the bassin). */
    @Transactional(readOnly = true)
    public Optional<ThematiquesCommunesView> duBassin(String bassin, int annee) {
        return repository.findByBassinAndAnnee(bassin, annee).map(ThematiquesCommunesView::de);
    }

    @Transactional(readOnly = true)
    public ThematiquesCommunesView consulter(int annee) {
        return trouver(annee).orElseThrow(() -> introuvable(annee));
    }

    /** The working group's proposal of the year, new or corrected (until it is on a plénière's agenda). */
    @Transactional
    public ThematiquesCommunesView proposer(int annee, Proposition saisie) {
        MetiersPrioritaires.verifierAnnee(annee);
        verifier(annee, saisie);
        String bassin = bassin();
        ThematiquesCommunes thematiques = repository.findByBassinAndAnnee(bassin, annee)
                .orElseGet(() -> new ThematiquesCommunes(bassin, annee));
        Recommandations r = saisie.recommandations() == null ? new Recommandations(null, null, null, null)
                : saisie.recommandations();
        thematiques.proposer(saisie.dateGroupeTravail(), new Recommandations(texte(r.orientation()),
                texte(r.adaptationOffre()), texte(r.stagesAlternance()), texte(r.equipement())), saisie.metiers());
        return ThematiquesCommunesView.de(repository.saveAndFlush(thematiques));
    }

    /**
     * On the agenda of an open Instance plénière of the bassin, held in the year of the proposal: a point of that
     * séance, as the séance's page puts it ({@link ThematiquesALaPleniere} checks the year and the date).
     */
    @Transactional
    public ThematiquesCommunesView inscrire(int annee, Long seanceId) {
        if (seanceId == null) {
            throw new DonneesInvalidesException("seanceId", "Choisissez la séance de l'Instance plénière.");
        }
        ThematiquesCommunes thematiques = charger(annee);
        seances.inscrireSujet(seanceId, new SeanceService.NouveauSujet(ThematiquesALaPleniere.TYPE,
                thematiques.getId()));
        return ThematiquesCommunesView.de(repository.saveAndFlush(thematiques));
    }

    /** Off the agenda of the plénière they are inscribed at, as from the séance's page. */
    @Transactional
    public ThematiquesCommunesView retirer(int annee) {
        ThematiquesCommunes thematiques = inscrites(annee);
        seances.retirerSujet(thematiques.getSeanceId(), ThematiquesALaPleniere.TYPE, thematiques.getId());
        return ThematiquesCommunesView.de(repository.saveAndFlush(thematiques));
    }

    /**
     * The plénière's decision, in the séance they are inscribed at (open, with its quorum): the decision of their
     * point there, as the séance's page takes it. Validated, the métiers replace the list of métiers prioritaires of
     * the next year, in the same transaction.
     */
    @Transactional
    public ThematiquesCommunesView decider(int annee, Decision saisie) {
        ThematiquesCommunes thematiques = inscrites(annee);
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.validees() == null) {
            erreurs.add(new ChampErreur("validees", "Indiquez si les thématiques communes sont validées (true) ou "
                    + "si leur validation est refusée (false)."));
        }
        String motivation = texte(saisie.motivation());
        if (Boolean.FALSE.equals(saisie.validees()) && motivation == null) {
            erreurs.add(new ChampErreur("motivation", "La motivation du refus est obligatoire."));
        }
        if (motivation != null && motivation.length() > MOTIVATION_MAX) {
            erreurs.add(new ChampErreur("motivation",
                    "La motivation ne peut dépasser %s caractères.".formatted(Libelles.nombre(MOTIVATION_MAX))));
        }
        verifierVotes(saisie, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        seances.deciderSujet(thematiques.getSeanceId(), new SeanceService.DecisionSujet(ThematiquesALaPleniere.TYPE,
                thematiques.getId(), saisie.validees(), motivation, saisie.pour(), saisie.contre(),
                saisie.abstentions(), null, null, null), false);
        return ThematiquesCommunesView.de(repository.saveAndFlush(thematiques));
    }

    private ThematiquesCommunes inscrites(int annee) {
        ThematiquesCommunes thematiques = charger(annee);
        if (thematiques.getStatut() != StatutThematiques.INSCRITES) {
            throw new ConflitException("Les thématiques communes %d ne sont à l'ordre du jour d'aucune plénière."
                    .formatted(annee));
        }
        return thematiques;
    }

    private static void verifierVotes(Decision saisie, List<ChampErreur> erreurs) {
        List<Integer> comptes = new ArrayList<>();
        comptes.add(saisie.pour());
        comptes.add(saisie.contre());
        comptes.add(saisie.abstentions());
        long donnes = comptes.stream().filter(c -> c != null).count();
        if (donnes == 0) {
            return; // consensus
        }
        if (donnes < 3) {
            erreurs.add(new ChampErreur("pour", "Indiquez les trois comptes (pour, contre, abstentions), ou aucun "
                    + "pour une décision par consensus."));
            return;
        }
        if (saisie.pour() < 0 || saisie.contre() < 0 || saisie.abstentions() < 0) {
            erreurs.add(new ChampErreur("pour", "Un nombre de voix ne peut être négatif."));
            return;
        }
        if (saisie.validees() != null && saisie.pour() <= saisie.contre()) {
            erreurs.add(new ChampErreur("validees", ("Les votes n'adoptent pas « %s » : %d pour, %d contre (les "
                    + "abstentions ne comptent pas). Ce n'est enregistré que si les voix pour dépassent les voix contre.")
                    .formatted(saisie.validees() ? "thématiques communes validées" : "validation refusée",
                            saisie.pour(), saisie.contre())));
        }
    }

    private static void verifier(int annee, Proposition saisie) {
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.dateGroupeTravail() == null) {
            erreurs.add(new ChampErreur("dateGroupeTravail", "La date de la réunion du groupe de travail est obligatoire."));
        } else if (saisie.dateGroupeTravail().getYear() != annee) {
            erreurs.add(new ChampErreur("dateGroupeTravail", "Le groupe de travail des thématiques communes %d se réunit en %d."
                    .formatted(annee, annee)));
        }
        Recommandations r = saisie.recommandations();
        if (r != null) {
            longueur(r.orientation(), "recommandations.orientation", erreurs);
            longueur(r.adaptationOffre(), "recommandations.adaptationOffre", erreurs);
            longueur(r.stagesAlternance(), "recommandations.stagesAlternance", erreurs);
            longueur(r.equipement(), "recommandations.equipement", erreurs);
        }
        if (saisie.metiers() == null || saisie.metiers().isEmpty()) {
            erreurs.add(new ChampErreur("metiers", "La proposition compte au moins un métier prioritaire."));
        } else if (saisie.metiers().size() > METIERS_MAX) {
            erreurs.add(new ChampErreur("metiers", "Au plus %d métiers prioritaires (%d proposés)."
                    .formatted(METIERS_MAX, saisie.metiers().size())));
        } else {
            MetiersPrioritaires.verifierListe(saisie.metiers(), "metiers", erreurs);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }

    private static void longueur(String texte, String champ, List<ChampErreur> erreurs) {
        if (texte != null && texte.length() > TEXTE_MAX) {
            erreurs.add(new ChampErreur(champ, "Une recommandation ne peut dépasser %s caractères."
                    .formatted(Libelles.nombre(TEXTE_MAX))));
        }
    }

    private static String texte(String texte) {
        return texte == null || texte.isBlank() ? null : texte.trim();
    }

    private ThematiquesCommunes charger(int annee) {
        MetiersPrioritaires.verifierAnnee(annee);
        return repository.findByBassinAndAnnee(bassin(), annee).orElseThrow(() -> introuvable(annee));
    }

    private static RessourceIntrouvableException introuvable(int annee) {
        return new RessourceIntrouvableException("Aucune proposition de thématiques communes pour %d.".formatted(annee));
    }

    private String bassin() {
        return perimetre.pourSaisie(null, "bassin");
    }
}
