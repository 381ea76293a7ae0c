package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.bassin.NomsDesOrganes;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.ClockConfig;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An urgent measure of the Bureau, as a body, between séances when the deadline cannot wait: the members of the
 * Bureau who took part must make its quorum on that day's mandates, and their votes must adopt the decision. The
 * coordination may record it for the Bureau, never decide alone. The dossier is notified at once, and the measure
 * goes on the next Instance plénière's agenda for ratification.
 */
@Service
public class ProcedureUrgente {

    private static final EnumSet<Decision> DECISIONS = EnumSet.of(Decision.FAVORABLE,
            Decision.FAVORABLE_AVEC_RECOMMANDATION, Decision.DEFAVORABLE, Decision.NON_COMPETENT);

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final PointRepository points;
    private final MesureUrgenteRepository mesures;
    private final Mandats mandats;
    private final SeanceService seances;
    private final Scrutin scrutin;
    private final MessagesDeliberation messages;
    private final IdentitesBassins identites;
    private final ParametresSeances parametres;
    private final Personnes personnes;
    private final Traces traces;
    private final Clock clock;

    public ProcedureUrgente(DossierService dossiers,
            TransitionsDuDossier transitions, PointRepository points, MesureUrgenteRepository mesures,
            Mandats mandats, SeanceService seances, Scrutin scrutin, MessagesDeliberation messages,
            IdentitesBassins identites, ParametresSeances parametres, Personnes personnes, Traces traces,
            Clock clock) {
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.points = points;
        this.mesures = mesures;
        this.mandats = mandats;
        this.seances = seances;
        this.scrutin = scrutin;
        this.messages = messages;
        this.identites = identites;
        this.parametres = parametres;
        this.personnes = personnes;
        this.traces = traces;
        this.clock = clock;
    }

    /**
     * {@code membresPresents}: the logins of the Bureau members who took part; {@code date}: the day the Bureau took
     * the measure (today when omitted); votes as for a deliberation, none for a consensus.
     */
    public record DecisionUrgente(Decision decision, String motivation, String recommandation, String justification,
            LocalDate date, List<String> membresPresents, Integer pour, Integer contre, Integer abstentions,
            VotesSaisis.Comptes votes, Map<String, String> votesNominatifs, List<String> deports) {

        VotesSaisis votesSaisis() {
            return new VotesSaisis(pour, contre, abstentions, votes, votesNominatifs, deports);
        }
    }

    @Transactional
    public DossierView decider(long dossierId, DecisionUrgente saisie) {
        Dossier dossier = dossiers.charger(dossierId);
        if (dossier.getChambre() == null
                || !EnumSet.of(Statut.PRET_POUR_SEANCE, Statut.INSCRIT).contains(dossier.getStatut())) {
            throw new ConflitException("Le dossier %s est « %s » : seul un dossier prêt pour une séance peut être "
                    .formatted(dossier.getReference(), dossier.getStatut().libelle()) + "décidé en urgence.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        if (saisie.decision() == null || !DECISIONS.contains(saisie.decision())) {
            erreurs.add(new ChampErreur("decision", "La décision urgente est obligatoire : %s.".formatted(
                    Libelles.unParmi(List.copyOf(DECISIONS)))));
        }
        SeanceService.texteObligatoire(saisie.motivation(), "motivation", erreurs);
        CriteresKo.verifierMotivation(saisie.decision(), saisie.motivation(), dossier.getCriteres(), erreurs);
        SeanceService.texteObligatoire(saisie.justification(), "justification", erreurs);
        if (saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION) {
            SeanceService.texteObligatoire(saisie.recommandation(), "recommandation", erreurs);
        }
        LocalDate date = saisie.date() == null ? LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)) : saisie.date();
        Dates.verifierAnnee(date, "date", erreurs);
        if (date.isAfter(LocalDate.now(clock.withZone(ClockConfig.BRUXELLES)))) {
            erreurs.add(new ChampErreur("date", "Une mesure urgente ne peut être datée d'un jour à venir."));
        }
        Trace trace = traces.maintenant();
        Seance bureau = bureau(dossier, date, saisie.membresPresents(), trace, erreurs);
        Scrutin.Resultat resultat = scrutin.evaluer(bureau, dossier, saisie.votesSaisis(), erreurs);
        Scrutin.verifierAdoption(saisie.decision(), resultat.votes(), erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        retirerDeLOrdreDuJour(dossierId);
        String motivation = saisie.motivation().trim();
        String recommandation = saisie.decision() == Decision.FAVORABLE_AVEC_RECOMMANDATION
                ? saisie.recommandation().trim() : null;
        MesureUrgente mesure = mesures.save(new MesureUrgente(dossierId, date, saisie.decision(), motivation,
                recommandation, saisie.justification().trim(), resultat.votes(),
                bureau.getPresences().stream().filter(Presence::isPresent).map(MesureUrgente.Participant::new)
                        .toList(), resultat.deports(), trace));
        transitions.deciderEnUrgence(dossier, saisie.decision(), motivation, recommandation,
                recit(mesure, bureau, identites.noms(dossier.getBassin()), resultat, saisie.justification().trim()),
                trace);
        points.save(PointOrdreDuJour.ratification(mesure));
        messages.deliberation(dossierId, saisie.decision(), motivation, recommandation, Chambre.BUREAU);
        return DossierView.de(dossier);
    }

    /** The Bureau's measure the dossier's current decision comes from, when it comes from one. */
    @Transactional(readOnly = true)
    public Optional<MesureUrgente> origineDeLaDecision(Dossier dossier) {
        if (dossier.getDecisionLe() == null) {
            return Optional.empty();
        }
        return mesures.findFirstByDossierIdOrderByEnregistreeLeDescIdDesc(dossier.getId())
                .filter(m -> !m.getEnregistreeLe().isBefore(dossier.getDecisionLe()));
    }

    /**
     * The Bureau as it sat for the measure (never stored as a séance: it held none): its members of the day, those
     * who took part present, the quorum judged as for a séance.
     */
    private Seance bureau(Dossier dossier, LocalDate date, List<String> membresPresents, Trace trace,
            List<ChampErreur> erreurs) {
        List<Mandat> membres = mandats.enCours(dossier.getBassin(), Chambre.BUREAU, date);
        Set<String> participants = seances.membres(membresPresents, "membresPresents", membres, dossier.getBassin(),
                Chambre.BUREAU, date, erreurs);
        Seance bureau = new Seance(dossier.getBassin(), Chambre.BUREAU, date, null, membres, participants, Set.of(),
                trace);
        Seance.Quorum quorum = bureau.quorum(parametres.quorumProportion());
        if (membresPresents == null || membresPresents.isEmpty()) {
            erreurs.add(new ChampErreur("membresPresents", "Indiquez les membres du Bureau qui ont pris part à la "
                    + "mesure urgente : le Bureau décide en corps, jamais une personne seule."));
        } else if (!quorum.atteint()) {
            erreurs.add(new ChampErreur("membresPresents", ("Quorum du Bureau non atteint : %d membre(s) avec voix "
                    + "délibérative sur %d au %s, %d requis.").formatted(quorum.presents(), quorum.voixDeliberatives(),
                    date.format(Seance.DATE), quorum.requis())));
        }
        return bureau;
    }

    /** The history's account of the measure: the body, the day, the members, the votes, who recorded it. */
    private String recit(MesureUrgente mesure, Seance bureau, NomsDesOrganes noms, Scrutin.Resultat resultat,
            String justification) {
        Map<String, Presence> presences = bureau.getPresences().stream()
                .collect(Collectors.toMap(Presence::getMembre, p -> p));
        StringBuilder recit = new StringBuilder("Mesure urgente du %s du %s, sous réserve de ratification par %s : %s."
                .formatted(noms.libelle(Chambre.BUREAU), mesure.getDate().format(Seance.DATE),
                        noms.designation(Chambre.INSTANCE_PLENIERE), mesure.getDecision().libelle()));
        recit.append(" Membres ayant pris part : ").append(mesure.getParticipants().stream()
                .map(p -> "%s (%s)".formatted(p.getNom(), p.getQualite())).collect(Collectors.joining(", ")))
                .append('.');
        PointOrdreDuJour.Votes votes = resultat.votes();
        recit.append(votes.pour() == null ? " Décision prise par consensus."
                : " Votes : %d pour, %d contre, %d abstention(s).".formatted(votes.pour(), votes.contre(),
                        votes.abstentions()));
        resultat.deports().forEach(d -> recit.append(" Déport : %s (%s).".formatted(
                presences.get(d.getMembre()).getNom(), d.getRaison())));
        recit.append(" Enregistrée pour le Bureau par ").append(personnes.nom(mesure.getEnregistreePar()))
                .append(". Justification : ").append(justification);
        return recit.toString();
    }

    /** An inscribed dossier leaves the agenda of the séance that will not decide it. */
    private void retirerDeLOrdreDuJour(long dossierId) {
        points.findByDossierIdAndNatureAndStatut(dossierId, NaturePoint.DELIBERATION, StatutPoint.INSCRIT)
                .forEach(points::delete);
    }
}
