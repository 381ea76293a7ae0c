package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.seance.SeanceQuiDecide;
import be.ibefe.avis.seance.SujetsDeLaPleniere;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What the Instance approves of a pôle ({@link ApprobationPole}: creation, member, fiche projet, renewal) as points of
 * its plénière: proposed for the agenda of the pôle's bassin, decided in the séance, and the decision fed back to the
 * pôle, and to its process for a creation or a renewal.
 */
@Component
class ApprobationsALaPleniere implements SujetsDeLaPleniere {

    static final String TYPE = "POLE";

    private final ApprobationPoleRepository approbations;
    private final PoleRepository poles;
    private final MembrePoleRepository membres;
    private final FicheProjetRepository fiches;
    private final Perimetre perimetre;
    private final CurrentUser utilisateur;
    private final Clock clock;
    private final RuntimeService runtime;

    ApprobationsALaPleniere(ApprobationPoleRepository approbations, PoleRepository poles, MembrePoleRepository membres,
            FicheProjetRepository fiches, Perimetre perimetre, CurrentUser utilisateur, Clock clock,
            RuntimeService runtime) {
        this.approbations = approbations;
        this.poles = poles;
        this.membres = membres;
        this.fiches = fiches;
        this.perimetre = perimetre;
        this.utilisateur = utilisateur;
        this.clock = clock;
        this.runtime = runtime;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Sujet> enAttente(String bassin) {
        return approbations.findByBassinInAndStatutOrderByIdAsc(List.of(bassin), StatutApprobation.A_APPROUVER)
                .stream().map(this::sujet).toList();
    }

    @Override
    public Optional<Sujet> sujet(long id) {
        return approbations.findById(id).filter(a -> perimetre.voit(a.getBassin())).map(this::sujet);
    }

    private Sujet sujet(ApprobationPole a) {
        Pole pole = poles.findById(a.getPoleId()).orElseThrow();
        return new Sujet(TYPE, a.getId(), a.getBassin(), designation(a, pole), "/poles/" + pole.getId(),
                a.getStatut() == StatutApprobation.A_APPROUVER);
    }

    /** Nothing to check: any approval still waiting may go on a plénière's agenda of its bassin. */
    @Override
    public void inscrire(long id, SeanceQuiDecide seance) {
    }

    /** It still waits, as it did: nothing recorded on the pôle. */
    @Override
    public void retirer(long id) {
    }

    /** The member or fiche is approved or refused; a creation or a renewal is passed on to the pôle's process. */
    @Override
    public void decider(long id, Decision decision) {
        if (decision.motivation() != null && decision.motivation().length() > Poles.TEXTE_LONG) {
            throw new DonneesInvalidesException("motivation",
                    "La motivation ne peut dépasser %s caractères.".formatted(Libelles.nombre(Poles.TEXTE_LONG)));
        }
        ApprobationPole approbation = approbations.findById(id).orElseThrow();
        Pole pole = poles.findById(approbation.getPoleId()).orElseThrow();
        boolean approuve = decision.approuve();
        approbation.decider(approuve, decision.seance().id(), decision.motivation(), utilisateur.login(),
                clock.instant());
        switch (approbation.getObjet()) {
            case MEMBRE -> membres.findById(approbation.getObjetId()).orElseThrow().decider(approuve);
            case FICHE_PROJET -> fiches.findById(approbation.getObjetId()).orElseThrow().decider(approuve);
            case CREATION, RENOUVELLEMENT -> {
                approbations.flush();
                // a creation's term runs from the Instance's approval: the séance's day, not the day it was entered
                correler(pole, Poles.MESSAGE_APPROBATION, Map.of("approuve", approuve,
                        CycleDesPoles.APPROUVE_LE, decision.seance().date().toString()));
            }
        }
    }

    /** « Création : Pôle logistique », « Membre : Forem (Liège), Jean Dupont », « Fiche projet : … ». */
    String designation(ApprobationPole a, Pole pole) {
        return switch (a.getObjet()) {
            case CREATION, RENOUVELLEMENT -> "%s : %s".formatted(a.getObjet().libelle(), pole.getNom());
            case MEMBRE -> membres.findById(a.getObjetId()).map(m -> "%s : %s (%s), %s".formatted(a.getObjet().libelle(),
                    m.getOrganisation(), m.getCommune(), m.getRepresentant())).orElse(a.getObjet().libelle());
            case FICHE_PROJET -> fiches.findById(a.getObjetId()).map(f -> "%s : %s".formatted(a.getObjet().libelle(),
                    f.getTitre())).orElse(a.getObjet().libelle());
        };
    }

    /** Delivers {@code message} to the pôle's process; refused when it does not wait for it. */
    void correler(Pole pole, String message, Map<String, Object> variables) {
        var correlation = runtime.createMessageCorrelation(message).processInstanceBusinessKey(Poles.cle(pole.getId()));
        variables.forEach(correlation::setVariable);
        if (correlation.correlateAllWithResult().isEmpty()) {
            throw new ConflitException("Le pôle « %s » (%s) n'attend pas cette décision."
                    .formatted(pole.getNom(), pole.getStatut().libelle()));
        }
    }
}
