package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Chambre;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.RepositoryService;
import org.hibernate.Session;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers dossiers and reads them; {@link TransitionsDuDossier} moves them along their lifecycle. Registration and the start of the process happen in one
 * transaction: either both exist or neither does.
 */
@Service
public class DossierService {

    /** Process variable carrying the avis type, for gateways that depend on it. */
    public static final String VARIABLE_TYPE = "type";
    /** Start variable naming the dossier's bassin: the process instance's tenant (bassin.TenantDuDossier). */
    public static final String VARIABLE_BASSIN = "bassin";

    private final DossierRepository repository;
    private final ReferenceGenerator references;
    private final NouveauDossierValidator validator;
    private final Traces traces;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final Calendrier calendrier;
    private final Perimetre perimetre;
    private final ObjectMapper objectMapper;
    private final TransactionTemplate transaction;
    private final List<ControleDesDonnees> controles;
    private final CurrentUser utilisateur;
    @PersistenceContext
    private EntityManager entityManager;

    public DossierService(DossierRepository repository, ReferenceGenerator references,
            NouveauDossierValidator validator, Traces traces, RuntimeService runtimeService,
            RepositoryService repositoryService, Calendrier calendrier, Perimetre perimetre, ObjectMapper objectMapper,
            PlatformTransactionManager transactions, List<ControleDesDonnees> controles, CurrentUser utilisateur) {
        this.controles = controles;
        this.utilisateur = utilisateur;
        this.perimetre = perimetre;
        this.objectMapper = objectMapper;
        this.repository = repository;
        this.references = references;
        this.validator = validator;
        this.traces = traces;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.calendrier = calendrier;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record Enregistrement(DossierView dossier, boolean nouveau) {
    }

    /**
     * Who may register a request with the pages' form ({@code /dossiers/nouveau}, guarded by the same rule in
     * {@code SecurityConfig}): the coordination. The pages ask it before offering the form
     * ({@code ${@dossierService.peutSaisir()}}).
     */
    public boolean peutSaisir() {
        return utilisateur.groupes().contains(Groupes.COORDINATION);
    }

    /**
     * Registers a request in a transaction of its own, for every caller (API, pages, demonstration): a request whose
     * {@code referenceExterne} is registered already gives back that dossier, even when a concurrent call registered
     * it between our check and our insert (the unique key refuses the second insert: its transaction is rolled back,
     * and the first dossier is read and given back).
     */
    public Enregistrement enregistrer(NouveauDossier demande) {
        try {
            return transaction.execute(statut -> enregistrerSansDoublon(demande));
        } catch (DataIntegrityViolationException concurrent) {
            if (demande.referenceExterne() == null) {
                throw concurrent;
            }
            return transaction.execute(statut -> parReferenceExterne(demande))
                    .map(dossier -> new Enregistrement(dossier, false)).orElseThrow(() -> concurrent);
        }
    }

    private Enregistrement enregistrerSansDoublon(NouveauDossier demande) {
        validator.valider(demande);
        String bassin = perimetre.pourSaisie(demande.bassin(), "bassin");
        List<ChampErreur> erreurs = new ArrayList<>();
        controler(bassin, demande, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        if (demande.referenceExterne() != null) {
            Optional<Dossier> existant = repository.findByBassinAndReferenceExterne(bassin, demande.referenceExterne());
            if (existant.isPresent()) {
                return new Enregistrement(DossierView.de(existant.get()), false);
            }
        }
        verifierProcedure(demande.type());
        return new Enregistrement(creer(demande, bassin), true);
    }

    /**
     * The checks of a request's {@code donnees} against what the other capabilities hold ({@link ControleDesDonnees}:
     * the pôle an avis d'opportunité designates), for a request registered in {@code bassin}: the API's and the
     * pages' registration and the batch intake's check of each row make the same ones.
     */
    public void controler(String bassin, NouveauDossier demande, List<ChampErreur> erreurs) {
        controles.forEach(controle -> controle.verifier(bassin, demande, erreurs));
    }

    /** Refuses a type whose process is not deployed: no dossier may wait for a process that never starts. */
    public void verifierProcedure(AvisType type) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(type.processKey()).count() == 0) {
            throw new DonneesInvalidesException("type",
                    "Aucune procédure n'est déployée pour le type « %s » (%s)."
                            .formatted(type.libelle(), type.processKey()));
        }
    }

    /**
     * Batch intake: registers a request in the caller's transaction, without checking it again and without its
     * process, which the import starts afterwards in the background ({@link #demarrerProcedure}). The caller has
     * validated the request ({@link NouveauDossierValidator}), found its external reference new (one query for a whole
     * file rather than one a row), checked the type's procedure ({@link #verifierProcedure}) and the bassin, given in
     * the request. Returns the new dossier's id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enregistrerVerifie(NouveauDossier demande) {
        return nouveau(demande, demande.bassin()).getId();
    }

    /** Starts the process of a registered dossier whose start was left for later (batch intake). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void demarrerProcedure(long id, AvisType type, String bassin) {
        runtimeService.startProcessInstanceByKey(type.processKey(), String.valueOf(id),
                Map.of(VARIABLE_TYPE, type.name(), VARIABLE_BASSIN, bassin));
    }

    private DossierView creer(NouveauDossier demande, String bassin) {
        Dossier dossier = nouveau(demande, bassin);
        demarrerProcedure(dossier.getId(), dossier.getType(), bassin);
        return DossierView.de(dossier);
    }

    private Dossier nouveau(NouveauDossier demande, String bassin) {
        AvisType type = demande.type();
        NouveauDossier.DemandeurSaisi saisi = demande.demandeur();
        Demandeur demandeur = new Demandeur(saisi.nom().trim(), saisi.categorie(),
                saisi.bce() == null ? null : NumeroBce.normaliser(saisi.bce()).orElseThrow(),
                saisi.email() == null ? null : saisi.email().trim(),
                saisi.adresse() == null ? null : saisi.adresse().nettoyee());
        LocalDate echeance = demande.echeance() != null ? demande.echeance()
                : calendrier.echeanceParDefaut(type, demande.dateReception());
        Dossier dossier = Dossier.enregistrer(bassin, references.prochaine(bassin, demande.dateReception().getYear()),
                type, demandeur, demande.objet().trim(), demande.dateReception(), echeance,
                demande.referenceExterne(), commeLuEnBase(demande.donnees()), traces.maintenant());
        return repository.saveAndFlush(dossier);
    }

    /**
     * The donnees as the database gives them back ({@code 12500.5} a double, {@code 480} an int), not as a form
     * built them (BigDecimal, BigInteger): Hibernate compares the dossier's JSON with its copy read back from text
     * and would otherwise find the dossier changed at every flush (a needless UPDATE and audit entry each time).
     */
    private JsonNode commeLuEnBase(JsonNode donnees) {
        try {
            return objectMapper.readTree(objectMapper.writeValueAsString(donnees));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Données non sérialisables", e);
        }
    }

    private Optional<DossierView> parReferenceExterne(NouveauDossier demande) {
        return repository.findByBassinAndReferenceExterne(perimetre.pourSaisie(demande.bassin(), "bassin"),
                demande.referenceExterne()).map(DossierView::de);
    }

    @Transactional(readOnly = true)
    public DossierView consulter(long id) {
        return DossierView.de(charger(id));
    }

    @Transactional(readOnly = true)
    public Page<DossierResume> rechercher(DossierCriteres criteres, Pageable page) {
        return repository.findAll(criteres.specification().and(dansLePerimetre()), page).map(DossierResume::de);
    }

    /**
     * One page of the list whose total the caller has already counted (the list's counts per status give it): the
     * page's rows only, without the count over every dossier in view that {@link #rechercher(DossierCriteres,
     * Pageable)} makes.
     */
    @Transactional(readOnly = true)
    public Page<DossierResume> rechercher(DossierCriteres criteres, Pageable page, long total) {
        Slice<Dossier> lignes = repository.findBy(criteres.specification().and(dansLePerimetre()),
                requete -> requete.slice(page));
        return new PageImpl<>(lignes.getContent(), page, total).map(DossierResume::de);
    }

    /** These dossiers as the lists show them, in the order given; one outside the user's bassins is left out. */
    @Transactional(readOnly = true)
    public List<DossierResume> resumes(List<Long> ids) {
        Map<Long, Dossier> parId = new HashMap<>();
        repository.findAllById(ids).stream().filter(d -> perimetre.voit(d.getBassin()))
                .forEach(d -> parId.put(d.getId(), d));
        return ids.stream().filter(parId::containsKey).map(id -> DossierResume.de(parId.get(id))).toList();
    }

    /**
     * The dossiers of {@code ids} that exist, in no particular order. Those the transaction has already read come from
     * its persistence context, the others from one query: a séance's agenda, read after one of its dossiers was
     * changed, does not read that dossier again.
     */
    @Transactional(readOnly = true)
    public List<Dossier> parIds(Iterable<Long> ids) {
        List<Long> distincts = new ArrayList<>(new LinkedHashSet<>(toList(ids)));
        if (distincts.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).byMultipleIds(Dossier.class).enableSessionCheck(true)
                .multiLoad(distincts).stream().filter(Objects::nonNull).toList();
    }

    private static List<Long> toList(Iterable<Long> ids) {
        List<Long> liste = new ArrayList<>();
        ids.forEach(liste::add);
        return liste;
    }

    @Transactional(readOnly = true)
    public List<Dossier> pretsPourSeance(String bassin, Chambre chambre) {
        return repository.pretsPourSeance(bassin, chambre);
    }

    /**
     * The dossier itself, for the rules that read it. A dossier of a bassin the user does not see does not exist for
     * him: the same 404 as an unknown one, so that nobody learns what another bassin holds.
     */
    @Transactional(readOnly = true)
    public Dossier charger(long id) {
        return repository.findById(id).filter(d -> perimetre.voit(d.getBassin()))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun dossier n° " + id + "."));
    }

    private org.springframework.data.jpa.domain.Specification<Dossier> dansLePerimetre() {
        return DossierCriteres.dans(perimetre);
    }
}
