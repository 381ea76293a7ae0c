package be.ibefe.avis.demo;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.exploitation.Profils;
import be.ibefe.avis.system.ClockConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A realistic year of the Liège CSEF, pushed through the real processes: requests registered, checked and analysed
 * by the équipe, deliberated in the six CSEF séances of 2024 and notified; the Instance plénière, at its six séances
 * of the year, validates en bloc the avis the CSEF gave since its previous séance, which ends their processes. Its
 * activity report gives the figures of the 2024 Liège report: CISP 9 (8 favorable, 1 défavorable),
 * crédit-adaptation 8 favorable (1 with a recommendation), ALE 4 (2 favorable, 2 not competent), APRC 15 proposals
 * of which 10 analysed, all favorable, and 5 left incomplete and withdrawn, EPS-FOREM 1 favorable, équipement 142.
 * The year is replayed at its dates ({@link Rejeu}): its delays and statistics read as they would have in 2024.
 */
@Component
@Profile(Profils.DEMO)
public class AnneeDeDemonstration {

    public static final String PREFIXE = "DEMO-";
    static final List<LocalDate> SEANCES_2024 = List.of(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 3, 26),
            LocalDate.of(2024, 5, 28), LocalDate.of(2024, 6, 18), LocalDate.of(2024, 9, 24),
            LocalDate.of(2024, 11, 19));
    /**
     * The Instance plénière's séances of 2024 (Liège's 2024 report, table 1): each validates the CSEF avis decided
     * since the previous one. The Bureau met on the same days as the first five, but the year holds no decision of
     * its own (no urgent measure, no pôle avis): it has no séance here.
     */
    static final List<LocalDate> PLENIERES_2024 = List.of(LocalDate.of(2024, 1, 22), LocalDate.of(2024, 3, 25),
            LocalDate.of(2024, 5, 27), LocalDate.of(2024, 9, 9), LocalDate.of(2024, 10, 14),
            LocalDate.of(2024, 12, 9));

    /** The moments of the working day the demo's actors act at (plus one minute per act already made that day). */
    static final LocalTime ENREGISTREMENT = LocalTime.of(9, 0);
    static final LocalTime CONFIRMATION = LocalTime.of(10, 0);
    static final LocalTime RECEVABILITE = LocalTime.of(10, 30);
    static final LocalTime ANALYSE = LocalTime.of(14, 0);
    static final LocalTime SEANCE = LocalTime.of(9, 30);
    static final LocalTime PLENIERE = LocalTime.of(18, 0);

    private final DossierRepository repository;
    private final Parcours parcours;
    private final Rejeu rejeu;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    public AnneeDeDemonstration(DossierRepository repository, Parcours parcours, Rejeu rejeu, ObjectMapper json,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.parcours = parcours;
        this.rejeu = rejeu;
        this.json = json;
    }

    /** A request of the year and what the séance decides on it (null: the request ends before any séance). */
    private record Demande(ObjectNode corps, Decision decision, String recommandation) {

        LocalDate reception() {
            return LocalDate.parse(corps.get("dateReception").asText());
        }
    }

    /** An act of the year: when it happened, and what it does. */
    private record Etape(LocalDateTime quand, Runnable action) {
    }

    /**
     * Whether the year is loaded: its first request is there and its last plénière closed. A start interrupted in
     * between (killed during the load, or a failure) left part of the year only: the start stops then, saying how
     * to load it whole, rather than show an incomplete year as the demonstration.
     */
    public boolean dejaChargee() {
        if (repository.findByReferenceExterne(PREFIXE + "2024-CISP-1").isEmpty()) {
            return false;
        }
        Long dernierePleniere = jdbc.queryForObject("select count(*) from seance where chambre = ? and date_seance = ? "
                + "and statut = 'CLOTUREE'", Long.class, Chambre.INSTANCE_PLENIERE.name(),
                PLENIERES_2024.get(PLENIERES_2024.size() - 1));
        if (dernierePleniere == null || dernierePleniere == 0) {
            throw new IllegalStateException("Démarrage refusé : l'année de démonstration 2024 n'est chargée qu'en "
                    + "partie : sa dernière séance de l'Instance plénière, le 09/12/2024, n'a pas été tenue (un "
                    + "démarrage précédent a été interrompu pendant le chargement, ou une version antérieure l'a "
                    + "chargée sans ses plénières). Videz la base (sur la base embarquée, le dossier des données : "
                    + "avis.donnees, ./data par défaut) pour la charger entière au prochain démarrage, ou démarrez "
                    + "sans le profil demo-2024.");
        }
        return true;
    }

    /**
     * Loads the year once, replayed at its historical dates ({@link Rejeu}); returns the number of dossiers
     * registered.
     */
    public int charger() {
        if (dejaChargee()) {
            return 0;
        }
        return rejeu.aSesDates(this::derouler);
    }

    /**
     * The year's acts in the order of their dates: each request registered by the coordinateur on its reception day;
     * the coordinateur confirms a NON_COMPETENT proposal the next working day; the analyste checks recevabilité two
     * working days after reception and analyses a week later; each request analysed is on the agenda of the first
     * séance more than 20 days after its reception, which deliberates and notifies on its date; each plénière, in the
     * evening of its date, validates what the CSEF decided since the previous one. What the system does
     * on its own (reminders, escalations, the withdrawal of a request whose pieces never came) happens on the way,
     * when its timer is due.
     */
    private int derouler(Chronologie chronologie) {
        List<Demande> demandes = demandes();
        Map<Demande, Long> ids = new IdentityHashMap<>();
        Map<LocalDate, Integer> actesDuJour = new HashMap<>();
        Map<LocalDate, List<Demande>> parSeance = new LinkedHashMap<>();
        SEANCES_2024.forEach(s -> parSeance.put(s, new ArrayList<>()));
        List<Etape> etapes = new ArrayList<>();
        for (Demande demande : demandes) {
            LocalDate reception = demande.reception();
            etapes.add(new Etape(moment(reception, ENREGISTREMENT, actesDuJour), () -> {
                long id = parcours.enregistrer(demande.corps());
                chronologie.suivre(id);
                ids.put(demande, id);
            }));
            if (AvisType.ALE_FORMATION.name().equals(demande.corps().get("type").asText())
                    && demande.decision() == Decision.NON_COMPETENT) {
                etapes.add(new Etape(moment(jourOuvrableApres(reception, 1), CONFIRMATION, actesDuJour),
                        () -> parcours.confirmerNonCompetent(ids.get(demande))));
                continue;
            }
            LocalDate recevabilite = jourOuvrableApres(reception, 2);
            if (demande.decision() == null) {
                etapes.add(new Etape(moment(recevabilite, RECEVABILITE, actesDuJour),
                        () -> parcours.laisserIncomplet(ids.get(demande))));
                continue;
            }
            etapes.add(new Etape(moment(recevabilite, RECEVABILITE, actesDuJour),
                    () -> parcours.verifierRecevabilite(ids.get(demande))));
            etapes.add(new Etape(moment(recevabilite.plusDays(7), ANALYSE, actesDuJour),
                    () -> parcours.analyser(ids.get(demande), demande.decision())));
            parSeance.get(SEANCES_2024.stream().filter(s -> s.isAfter(reception.plusDays(20))).findFirst()
                    .orElseThrow()).add(demande);
        }
        parSeance.forEach((date, ordreDuJour) -> etapes.add(new Etape(date.atTime(SEANCE),
                () -> parcours.tenirSeance(date, ordreDuJour.stream().map(demande -> new Parcours.AvisRendu(
                        ids.get(demande), demande.decision(), demande.recommandation())).toList()))));
        PLENIERES_2024.forEach(date -> etapes.add(new Etape(date.atTime(PLENIERE), () -> parcours.tenirPleniere(date))));
        etapes.sort(Comparator.comparing(Etape::quand));
        for (Etape etape : etapes) {
            chronologie.allerA(etape.quand().atZone(ClockConfig.BRUXELLES).toInstant());
            etape.action().run();
        }
        // what the system still had to do in 2024 (a late reminder or withdrawal) happens in 2024
        chronologie.allerA(LocalDate.of(2024, 12, 31).atTime(LocalTime.of(23, 59, 59)).atZone(ClockConfig.BRUXELLES)
                .toInstant());
        return ids.size();
    }

    /** {@code jours} working days (Monday to Friday) after {@code jour}. */
    static LocalDate jourOuvrableApres(LocalDate jour, int jours) {
        LocalDate resultat = jour;
        for (int restants = jours; restants > 0; ) {
            resultat = resultat.plusDays(1);
            if (resultat.getDayOfWeek() != DayOfWeek.SATURDAY && resultat.getDayOfWeek() != DayOfWeek.SUNDAY) {
                restants--;
            }
        }
        return resultat;
    }

    /** {@code heure} on {@code jour}, one minute later for each act already made that day. */
    private static LocalDateTime moment(LocalDate jour, LocalTime heure, Map<LocalDate, Integer> actesDuJour) {
        return jour.atTime(heure).plusMinutes(actesDuJour.merge(jour, 1, Integer::sum) - 1);
    }

    private List<Demande> demandes() {
        List<Demande> liste = new ArrayList<>();
        String[] cisp = {"Le Tremplin", "Atelier du Pont", "Horizons", "La Bobine", "Le Grain de Sel", "Mode d'Emploi",
                "Les Ateliers de la Citadelle", "Quelque Chose à Faire", "Alpha Liège"};
        String[][] filieres = {{"Commis de cuisine", "G1602"}, {"Ouvrier en espaces verts", "A1203"},
                {"Aide ménager social", "K1304"}, {"Couture et retouche", "B1803"}, {"Employé administratif", "M1602"},
                {"Magasinier", "N1103"}, {"Maçon", "F1703"}, {"Agent de nettoyage", "K2204"},
                {"Remise à niveau en français", null}};
        for (int i = 0; i < cisp.length; i++) {
            ObjectNode corps = base(AvisType.CISP_AGREMENT, "CISP-" + (i + 1), "CISP " + cisp[i], "CISP",
                    "Agrément de la filière « " + filieres[i][0] + " »", LocalDate.of(2024, 1 + i, 5));
            ObjectNode donnees = corps.putObject("donnees");
            donnees.put("nature", i % 3 == 0 ? "AGREMENT" : "NOUVELLE_FILIERE");
            donnees.putObject("centre").put("nom", cisp[i]).put("numeroAgrement", "CISP-2019-0" + (10 + i));
            donnees.putArray("filieres").addObject().put("intitule", filieres[i][0]).put("type", i % 2 == 0 ? "EFT"
                    : "DEFI").put("categorie", "FORMATION_PROFESSIONNALISANTE").put("codeCedefop", "10" + (10 + i))
                    .put("codeRome", filieres[i][1]).put("heures", 900 + 100 * i).put("stagiaires", 10 + i);
            liste.add(new Demande(corps, i == 4 ? Decision.DEFAVORABLE : Decision.FAVORABLE, null));
        }
        String[] entreprises = {"Métallerie Mosane SRL", "Logistique Meuse SA", "Boulangerie Jacquet SRL",
                "Imprimerie Vervietoise SA", "Garage Central Herstal SRL", "Menuiserie Delvaux SRL",
                "Chocolaterie Darcis SA", "Techni-Clim SRL"};
        for (int i = 0; i < entreprises.length; i++) {
            ObjectNode corps = base(AvisType.CREDIT_ADAPTATION, "CA-" + (i + 1), entreprises[i], "ENTREPRISE",
                    "Crédit-adaptation : formation des travailleurs", LocalDate.of(2024, 1 + i, 12));
            ObjectNode donnees = corps.putObject("donnees");
            donnees.putObject("entreprise").put("formeJuridique", entreprises[i].endsWith("SA") ? "SA" : "SRL")
                    .put("siegeWallonie", true).put("pme", true);
            donnees.putArray("objectifs").add("NOUVEAUX_OUTILS_METHODES");
            donnees.put("heures", 200 + 40 * i).put("montantDemande", 9 * (200 + 40 * i)).put("aidesDeuxAns", 5000);
            liste.add(new Demande(corps, i == 2 ? Decision.FAVORABLE_AVEC_RECOMMANDATION : Decision.FAVORABLE,
                    i == 2 ? "Les membres regrettent que le fonds d'équipement n'ait pas été sollicité pour ce projet."
                            : null));
        }
        String[][] ale = {{"ALE de Seraing", "Nature & Jardins ASBL", "AUTRE", "Entretien écologique des jardins"},
                {"ALE d'Ans", "FOREM Formation Liège", "FOREM", "Bureautique de base"},
                {"ALE de Herstal", "Repair Café Liège ASBL", "AUTRE", "Petites réparations domestiques"},
                {"ALE de Flémalle", "Centre IFAPME Liège", "IFAPME", "Initiation à la soudure"}};
        for (int i = 0; i < ale.length; i++) {
            ObjectNode corps = base(AvisType.ALE_FORMATION, "ALE-" + (i + 1), ale[i][0], "ALE",
                    "Financement de la formation « " + ale[i][3] + " »", LocalDate.of(2024, 2 + 2 * i, 20));
            ObjectNode donnees = corps.putObject("donnees");
            donnees.putObject("operateur").put("nom", ale[i][1]).put("categorie", ale[i][2]);
            donnees.put("intitule", ale[i][3]).put("domaine", "AUTRE").put("public", "CHOMEURS").put("heures", 30)
                    .put("motivation", "Demande des prestataires inscrits à l'ALE.");
            liste.add(new Demande(corps, "AUTRE".equals(ale[i][2]) ? Decision.FAVORABLE : Decision.NON_COMPETENT,
                    null));
        }
        String[] metiers = {"Soudeur", "Aide-soignant", "Cuisinier", "Maçon", "Cariste", "Aide familial",
                "Électricien du bâtiment", "Magasinier", "Agent de nettoyage", "Couvreur", "Plafonneur",
                "Conducteur poids lourd", "Boulanger-pâtissier", "Menuisier", "Carreleur"};
        for (int i = 0; i < metiers.length; i++) {
            ObjectNode corps = base(AvisType.APRC, "APRC-" + (i + 1), "CISP " + cisp[i % cisp.length], "CISP",
                    "Parcours de renforcement des compétences vers le métier de " + metiers[i],
                    LocalDate.of(2024, 4 + i / 5, 3 + i));
            ObjectNode donnees = corps.putObject("donnees");
            ArrayNode partenaires = donnees.putArray("partenaires");
            partenaires.addObject().put("nom", "CISP " + cisp[i % cisp.length]).put("categorie", "CISP")
                    .put("agree", true).put("bassin", "Liège");
            partenaires.addObject().put("nom", i % 2 == 0 ? "FOREM Formation Industrie" : "IPEPS de Seraing")
                    .put("categorie", i % 2 == 0 ? "FOREM" : "PROMOTION_SOCIALE").put("bassin", "Liège");
            donnees.put("metier", metiers[i]).put("publicSousCess", true).put("nouveauPartenariat", true);
            liste.add(new Demande(corps, i < 10 ? Decision.FAVORABLE : null, null));
        }
        ObjectNode eps = base(AvisType.EPS_FOREM, "EPS-1", "Institut provincial de promotion sociale de Liège",
                "OPERATEUR", "Convention EPS-FOREM : aide-soignant", LocalDate.of(2024, 8, 22));
        eps.putObject("donnees").put("etablissement", "Institut provincial de promotion sociale de Liège")
                .put("formation", "Aide-soignant").put("metier", "Aide-soignant").put("penurie", true)
                .put("publicFragilise", true).put("remiseANiveau", true);
        liste.add(new Demande(eps, Decision.FAVORABLE, null));
        String[] ecoles = {"Athénée royal de Waremme", "Institut technique de Huy", "Collège Saint-Louis",
                "Institut Saint-Laurent", "École polytechnique de Seraing", "Athénée Léonie de Waha",
                "Institut provincial d'enseignement secondaire de Herstal"};
        String[][] options = {{"Soudeur", "Poste de soudage orbital"}, {"Électricien installateur", "Banc domotique"},
                {"Restauration", "Cuisine didactique"}, {"Mécanicien automobile", "Valise de diagnostic électrique"},
                {"Technicien en maintenance", "Banc hydraulique"}, {"Aide-soignant", "Lit médicalisé de simulation"}};
        for (int i = 0; i < 142; i++) {
            String[] option = options[i % options.length];
            ObjectNode corps = base(AvisType.EQUIPEMENT, "EQ-" + (i + 1), ecoles[i % ecoles.length], "ECOLE",
                    "Fonds d'équipement : " + option[1], LocalDate.of(2024, 2, 15));
            corps.putObject("donnees").put("ecole", ecoles[i % ecoles.length]).put("option", option[0])
                    .put("metier", option[0]).put("equipement", option[1]).put("montant", 12000 + 350 * i);
            liste.add(new Demande(corps, Decision.FAVORABLE, null));
        }
        return liste;
    }

    private ObjectNode base(AvisType type, String suffixe, String demandeur, String categorie, String objet,
            LocalDate reception) {
        ObjectNode corps = json.createObjectNode();
        corps.put("type", type.name());
        corps.putObject("demandeur").put("nom", demandeur).put("categorie", categorie);
        corps.put("objet", objet);
        corps.put("dateReception", reception.toString());
        corps.put("referenceExterne", PREFIXE + "2024-" + suffixe);
        return corps;
    }
}
