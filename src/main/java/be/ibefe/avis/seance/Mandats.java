package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.NumeroBce;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The members of each chambre over time. */
@Service
public class Mandats {

    private final MandatRepository repository;
    private final Perimetre perimetre;

    public Mandats(MandatRepository repository, Perimetre perimetre) {
        this.repository = repository;
        this.perimetre = perimetre;
    }

    /** A seat in a chambre; {@code bassin} only for the regional role (a bassin's user sits in his own). */
    public record NouveauMandat(String membre, String nom, Chambre chambre, String qualite, Boolean voixDeliberative,
            String organisation, String organisationBce, LocalDate debut, LocalDate fin, String bassin) {

        public NouveauMandat(String membre, String nom, Chambre chambre, String qualite, Boolean voixDeliberative,
                String organisation, String organisationBce, LocalDate debut, LocalDate fin) {
            this(membre, nom, chambre, qualite, voixDeliberative, organisation, organisationBce, debut, fin, null);
        }
    }

    /** The members of the chambre of the current user's bassin (the default one for the system). */
    @Transactional(readOnly = true)
    public List<Mandat> enCours(Chambre chambre, LocalDate date) {
        return enCours(perimetre.pourSaisie(null, "bassin"), chambre, date);
    }

    @Transactional(readOnly = true)
    public List<Mandat> enCours(String bassin, Chambre chambre, LocalDate date) {
        return repository.enCours(bassin, chambre, date);
    }

    @Transactional(readOnly = true)
    public List<MandatView> liste(Chambre chambre, LocalDate date, String bassinDemande) {
        String bassin = perimetre.pourSaisie(bassinDemande, "bassin");
        List<Mandat> mandats = date == null ? repository.findByBassinAndChambreOrderByNom(bassin, chambre)
                : repository.enCours(bassin, chambre, date);
        return mandats.stream().map(MandatView::de).toList();
    }

    @Transactional
    public MandatView creer(NouveauMandat saisie) {
        String bassin = perimetre.pourSaisie(saisie.bassin(), "bassin");
        List<ChampErreur> erreurs = new ArrayList<>();
        obligatoire(saisie.membre(), "membre", "L'identifiant du membre est obligatoire.", 100, erreurs);
        obligatoire(saisie.nom(), "nom", "Le nom du membre est obligatoire.", 200, erreurs);
        obligatoire(saisie.qualite(), "qualite", "La qualité (membre effectif, suppléant, président...) est obligatoire.",
                100, erreurs);
        if (saisie.chambre() == null) {
            erreurs.add(chambreObligatoire());
        }
        if (saisie.voixDeliberative() == null) {
            erreurs.add(new ChampErreur("voixDeliberative", "Précisez si le membre a voix délibérative."));
        }
        if (saisie.debut() == null) {
            erreurs.add(new ChampErreur("debut", "La date de début du mandat est obligatoire."));
        } else if (saisie.fin() != null && saisie.fin().isBefore(saisie.debut())) {
            erreurs.add(new ChampErreur("fin", "La fin du mandat ne peut précéder son début."));
        }
        Dates.verifierAnnee(saisie.debut(), "debut", erreurs);
        Dates.verifierAnnee(saisie.fin(), "fin", erreurs);
        if (saisie.organisation() != null && saisie.organisation().length() > 300) {
            erreurs.add(new ChampErreur("organisation", "L'organisation ne peut dépasser 300 caractères."));
        }
        String bce = null;
        if (saisie.organisationBce() != null) {
            bce = NumeroBce.normaliser(saisie.organisationBce()).orElse(null);
            if (bce == null) {
                erreurs.add(new ChampErreur("organisationBce", "Numéro d'entreprise BCE invalide."));
            }
        }
        if (erreurs.isEmpty() && chevauche(bassin, saisie)) {
            erreurs.add(new ChampErreur("debut", "« %s » a déjà un mandat à « %s » sur cette période."
                    .formatted(saisie.nom().trim(), Libelles.libelle(saisie.chambre()))));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return MandatView.de(repository.save(new Mandat(bassin, saisie.membre().trim(), saisie.nom().trim(), saisie.chambre(),
                saisie.qualite().trim(), saisie.voixDeliberative(), saisie.organisation(), bce, saisie.debut(),
                saisie.fin())));
    }

    /** One seat per member and chambre at a time: quorum and presences count members, not mandates. */
    private boolean chevauche(String bassin, NouveauMandat saisie) {
        return repository.findByBassinAndChambreOrderByNom(bassin, saisie.chambre()).stream()
                .filter(m -> m.getMembre().equals(saisie.membre().trim()))
                .anyMatch(m -> !m.getDebut().isAfter(saisie.fin() == null ? LocalDate.MAX : saisie.fin())
                        && (m.getFin() == null || !m.getFin().isBefore(saisie.debut())));
    }

    @Transactional
    public MandatView terminer(long id, LocalDate fin) {
        Mandat mandat = repository.findById(id).filter(m -> perimetre.voit(m.getBassin()))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun mandat n° " + id + "."));
        if (fin == null || fin.isBefore(mandat.getDebut())) {
            throw new DonneesInvalidesException("fin", "La fin du mandat est obligatoire et ne peut précéder son début ("
                    + mandat.getDebut() + ").");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        Dates.verifierAnnee(fin, "fin", erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        mandat.terminer(fin);
        return MandatView.de(mandat);
    }

    private static void obligatoire(String valeur, String champ, String message, int max, List<ChampErreur> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            erreurs.add(new ChampErreur(champ, message));
        } else if (valeur.length() > max) {
            erreurs.add(new ChampErreur(champ, "Ce champ ne peut dépasser %s caractères."
                    .formatted(Libelles.nombre(max))));
        }
    }

    /** « La chambre est obligatoire : CSEF, Bureau, Instance plénière, CAFE ou Chambre Enseignement. », the chambres by their French names. */
    static ChampErreur chambreObligatoire() {
        return new ChampErreur("chambre", "La chambre est obligatoire : %s."
                .formatted(Libelles.unParmi(List.of(Chambre.values()))));
    }
}
