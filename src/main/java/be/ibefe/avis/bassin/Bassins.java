package be.ibefe.avis.bassin;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.ParTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bassins of the deployment. Each is also a Camunda tenant of the same id, so that the engine itself keeps one
 * bassin's process instances and tasks from another's users (instances get their tenant from their dossier,
 * {@link TenantDuDossier}); the regional group is member of every tenant.
 */
@Service
@Order(-10)
public class Bassins implements ApplicationRunner {

    /** An upper-case code of 2 to 10 letters, used in references ({@code LIE-CSEF-2024-0007}) and as tenant id. */
    static final String FORMAT_CODE = "[A-Z]{2,10}";

    private final BassinRepository repository;
    private final BassinReferenceRepository references;
    private final IdentityService identityService;
    private final Comptes comptes;
    private final Journal journal;
    private final Perimetre perimetre;
    private final RattachementParDefaut rattachement;

    Bassins(BassinRepository repository, BassinReferenceRepository references, IdentityService identityService,
            Comptes comptes, Journal journal, Perimetre perimetre, RattachementParDefaut rattachement) {
        this.references = references;
        this.perimetre = perimetre;
        this.rattachement = rattachement;
        this.repository = repository;
        this.identityService = identityService;
        this.comptes = comptes;
        this.journal = journal;
    }

    public record BassinView(String code, String nom) {
        static BassinView de(Bassin bassin) {
            return new BassinView(bassin.getCode(), bassin.getNom());
        }
    }

    /** {@code nom} may be left out for one of the AIBEFE's bassins ({@link #referentiel}): it then has its own. */
    public record NouveauBassin(String code, String nom) {
    }

    /** One of the AIBEFE's ten bassins; {@code servi}: this installation serves it. */
    public record BassinDeReference(String code, String nom, String nomOfficiel, String libelleCsef, boolean servi) {
    }

    /** Every bassin has its tenant, also those created by the migration or by hand in the database. */
    @Override
    public void run(ApplicationArguments args) {
        if (repository.existsById("")) {
            throw new IllegalStateException("Démarrage refusé : des données ont été rangées dans un bassin sans code "
                    + "(mise à jour depuis une version sans bassins faite sans avis.bassin.defaut). Donnez à ce "
                    + "bassin son code et son nom dans la base (tables bassin et les colonnes bassin des données), "
                    + "ou restaurez la sauvegarde et refaites la mise à jour avec avis.bassin.defaut "
                    + "(AVIS_BASSIN_DEFAUT) et avis.bassin.defaut-nom.");
        }
        comptes.assurerGroupes();
        repository.findAll().forEach(this::assurerTenant);
    }

    /** Creates the bassin unless it exists (the demo's second bassin). */
    @Transactional
    public void assurer(String code, String nom) {
        assurerTenant(repository.findById(code).orElseGet(() -> repository.save(new Bassin(code, nom))));
    }

    @Transactional(readOnly = true)
    public List<BassinView> lister() {
        return repository.findAllByOrderByCode().stream().map(BassinView::de).toList();
    }

    /** A bassin's name, for a message that speaks of it (« du bassin de Liège »); its code when it has none. */
    @Transactional(readOnly = true)
    public String nom(String code) {
        return code == null ? null : repository.findById(code).map(Bassin::getNom).filter(nom -> !nom.isBlank())
                .orElse(code);
    }

    /** Each bassin's name by its code, for pages that print a bassin: a code is not shown to a reader. */
    @Transactional(readOnly = true)
    public Map<String, String> noms() {
        Map<String, String> noms = new LinkedHashMap<>();
        repository.findAllByOrderByCode().forEach(b -> noms.put(b.getCode(), b.getNom()));
        return noms;
    }

    /** The AIBEFE's ten bassins, by name, and whether this installation serves each. */
    @Transactional(readOnly = true)
    public List<BassinDeReference> referentiel() {
        return references.findAllByOrderByNom().stream().map(r -> new BassinDeReference(r.getCode(), r.getNom(),
                r.getNomOfficiel(), r.getLibelleCsef(), repository.existsById(r.getCode()))).toList();
    }

    /**
     * Starts serving a bassin: one of the AIBEFE's ({@link #referentiel}, by its code alone) starts from the names the
     * sources give it; another needs its name. Everything else of its identity is its coordination's to complete:
     * its letters print « [à compléter : …] » meanwhile. The first bassin of a fresh installation becomes its default
     * one, and the users who belong to no bassin join it.
     */
    @Transactional
    public BassinView creer(NouveauBassin saisie) {
        List<ChampErreur> erreurs = new ArrayList<>();
        String code = saisie.code() == null ? null : saisie.code().trim().toUpperCase(Locale.ROOT);
        if (code == null || !code.matches(FORMAT_CODE)) {
            erreurs.add(new ChampErreur("code", "Le code est obligatoire : 2 à 10 lettres, par exemple HUY."));
        }
        Optional<BassinReference> reference = code == null ? Optional.empty() : references.findById(code);
        boolean sansNom = saisie.nom() == null || saisie.nom().isBlank();
        if (sansNom && reference.isEmpty() || saisie.nom() != null && saisie.nom().length() > 200) {
            erreurs.add(new ChampErreur("nom", "Le nom est obligatoire (200 caractères au plus), sauf pour un des "
                    + "bassins de l'AIBEFE (GET /api/bassins/referentiel), qui a le sien."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        if (repository.existsById(code)) {
            throw new ConflitException("Le bassin « %s » existe déjà.".formatted(code));
        }
        String nom = sansNom ? null : saisie.nom().trim();
        Bassin bassin = repository.saveAndFlush(reference.map(r -> new Bassin(r, nom))
                .orElseGet(() -> new Bassin(code, nom)));
        assurerTenant(bassin);
        Map<String, Object> cree = new java.util.LinkedHashMap<>();
        cree.put("code", code);
        cree.put("nom", bassin.getNom());
        cree.put("nomOfficiel", bassin.getNomOfficiel());
        cree.put("libelleCsef", bassin.getLibelleCsef());
        journal.consigner("BASSIN_CREE", "Bassin", code, null, null, cree);
        if (code.equals(perimetre.defaut())) {
            rattachement.rattacher();
        }
        return BassinView.de(bassin);
    }


    /** Makes a user member of a bassin (its tenant). */
    @Transactional
    public void affecter(String login, String code) {
        if (!repository.existsById(code)) {
            throw new DonneesInvalidesException("bassin", "Bassin « %s » inconnu.".formatted(code));
        }
        if (identityService.createTenantQuery().tenantId(code).userMember(login).count() == 0) {
            identityService.createTenantUserMembership(code, login);
            ParTransaction.oublier();
        }
    }

    private void assurerTenant(Bassin bassin) {
        if (identityService.createTenantQuery().tenantId(bassin.getCode()).count() == 0) {
            Tenant tenant = identityService.newTenant(bassin.getCode());
            tenant.setName(bassin.getNom());
            identityService.saveTenant(tenant);
        }
        if (identityService.createGroupQuery().groupId(Groupes.REGIONAL).count() > 0
                && identityService.createTenantQuery().tenantId(bassin.getCode())
                        .groupMember(Groupes.REGIONAL).count() == 0) {
            identityService.createTenantGroupMembership(bassin.getCode(), Groupes.REGIONAL);
            ParTransaction.oublier();
        }
    }
}
