package be.ibefe.avis.calendrier;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar as its readers reach it: the signed-in user's bassin, or the feed a secret address opens. */
@Service
public class Calendriers {

    /** How far the feed reaches: the last three months and the next thirteen. */
    static final int JOURS_AVANT = 92;
    static final int JOURS_APRES = 400;

    public record JalonSaisi(String libelle, Integer moisDebut, Integer jourDebut, Integer moisFin, Integer jourFin,
            Integer periodicite, Integer anneeReference, Integer rappelJours) {
    }

    public record JalonView(String code, String libelle, int moisDebut, int jourDebut, Integer moisFin,
            Integer jourFin, int periodicite, int anneeReference, int rappelJours) {

        static JalonView de(Jalon j) {
            return new JalonView(j.getCode(), j.getLibelle(), j.getMoisDebut(), j.getJourDebut(), j.getMoisFin(),
                    j.getJourFin(), j.getPeriodicite(), j.getAnneeReference(), j.getRappelJours());
        }
    }

    private final CalendrierDuBassin calendrier;
    private final JetonsCalendrier jetons;
    private final Perimetre perimetre;
    private final Bassins bassins;
    private final JalonRepository repository;
    private final Clock clock;

    Calendriers(CalendrierDuBassin calendrier, JetonsCalendrier jetons, Perimetre perimetre, Bassins bassins,
            JalonRepository repository, Clock clock) {
        this.calendrier = calendrier;
        this.jetons = jetons;
        this.perimetre = perimetre;
        this.bassins = bassins;
        this.repository = repository;
        this.clock = clock;
    }

    /** The user's bassin's calendar between two days, his tasks included. */
    @Transactional
    public List<Evenement> duBassin(String login, LocalDate du, LocalDate au) {
        if (du.isAfter(au) || du.plusYears(2).isBefore(au)) {
            throw new DonneesInvalidesException("au", "La période va d'un jour à un autre, deux ans au plus.");
        }
        return calendrier.entre(bassin(), du, au, login);
    }

    /** The iCalendar feed a secret address opens: its owner's own bassins, his séances and tasks. */
    @Transactional
    public Optional<String> flux(String jeton) {
        return jetons.utilisateur(jeton).map(login -> {
            LocalDate aujourdhui = LocalDate.now(clock);
            List<String> siens = new ArrayList<>(perimetre.bassinsPropres(login));
            List<Evenement> evenements = new ArrayList<>();
            siens.forEach(b -> evenements.addAll(calendrier.entre(b, aujourdhui.minusDays(JOURS_AVANT),
                    aujourdhui.plusDays(JOURS_APRES), login)));
            String noms = bassins.lister().stream().filter(b -> siens.contains(b.code())).map(Bassins.BassinView::nom)
                    .collect(Collectors.joining(", "));
            return FluxIcs.ecrire("Calendrier de l'Instance — " + noms, evenements);
        });
    }

    @Transactional
    public List<JalonView> jalons() {
        return calendrier.jalons(bassin()).stream().map(JalonView::de).toList();
    }

    @Transactional
    public JalonView modifier(String code, JalonSaisi saisie) {
        String bassin = bassin();
        Jalon jalon = calendrier.jalons(bassin).stream().filter(j -> j.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun jalon « %s » dans le calendrier.".formatted(
                        code.length() > 40 ? code.substring(0, 40) + "…" : code)));
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.libelle() == null || saisie.libelle().isBlank()) {
            erreurs.add(new ChampErreur("libelle", "Le libellé est obligatoire."));
        } else if (saisie.libelle().trim().length() > 200) {
            erreurs.add(new ChampErreur("libelle", "Le libellé ne peut dépasser 200 caractères."));
        }
        jour(saisie.moisDebut(), saisie.jourDebut(), "jourDebut", true, erreurs);
        jour(saisie.moisFin(), saisie.jourFin(), "jourFin", false, erreurs);
        borne(saisie.periodicite(), "periodicite", 1, 10, "La périodicité va de 1 à 10 ans.", erreurs);
        borne(saisie.anneeReference(), "anneeReference", 2000, 2100, "L'année de référence va de 2000 à 2100.", erreurs);
        borne(saisie.rappelJours(), "rappelJours", 0, 365, "Le rappel part de 0 à 365 jours avant le jalon.", erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        jalon.modifier(saisie.libelle().trim(), saisie.moisDebut(), saisie.jourDebut(), saisie.moisFin(),
                saisie.jourFin(), saisie.periodicite(), saisie.anneeReference(), saisie.rappelJours());
        return JalonView.de(repository.saveAndFlush(jalon));
    }

    private static void jour(Integer mois, Integer jour, String champ, boolean obligatoire, List<ChampErreur> erreurs) {
        if (mois == null && jour == null && !obligatoire) {
            return;
        }
        if (mois == null || jour == null || mois < 1 || mois > 12 || jour < 1
                || jour > YearMonth.of(2024, mois).lengthOfMonth()) {
            erreurs.add(new ChampErreur(champ, obligatoire ? "Jour et mois de début : un jour qui existe (ex. 1 et 4 pour le 1er avril)."
                    : "Jour et mois de fin : un jour qui existe, ou aucun pour un jalon d'un jour."));
        }
    }

    private static void borne(Integer valeur, String champ, int min, int max, String message, List<ChampErreur> erreurs) {
        if (valeur == null || valeur < min || valeur > max) {
            erreurs.add(new ChampErreur(champ, message));
        }
    }

    private String bassin() {
        return perimetre.pourSaisie(null, "bassin");
    }
}
