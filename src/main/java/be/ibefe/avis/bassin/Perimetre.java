package be.ibefe.avis.bassin;

import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.ParTransaction;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which bassins the current user sees. A user belongs to the bassins whose Camunda tenant counts him (or one of his
 * groups) as member; one who belongs to none belongs to the default bassin, which keeps a single-bassin deployment
 * working unchanged. The regional role (group {@value Groupes#REGIONAL}) sees every bassin; so does the system
 * (timers, start-up, jobs), which acts for nobody in particular.
 */
@Component
public class Perimetre {

    private static final String CACHE = Perimetre.class.getName();
    private static final String RESTREINT = CACHE + ".restreint";

    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final BassinRepository bassins;
    private final String defaut;

    Perimetre(CurrentUser currentUser, IdentityService identityService, BassinRepository bassins,
            @Value("${avis.bassin.defaut:}") String defaut) {
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.bassins = bassins;
        this.defaut = defaut;
    }

    /** The bassins the current user may see, or empty when he sees them all. */
    public Optional<Set<String>> visibles() {
        if (!currentUser.estUtilisateurWeb()) {
            return Optional.empty();
        }
        RequestAttributes requete = RequestContextHolder.getRequestAttributes();
        Set<String> choisi = attribut(requete, RESTREINT);
        if (choisi != null) {
            return Optional.of(choisi);
        }
        if (currentUser.groupes().contains(Groupes.REGIONAL)) {
            return Optional.empty();
        }
        // asked many times while one request is served (every dossier it loads): read once per request
        Set<String> connus = attribut(requete, CACHE);
        if (connus == null) {
            connus = bassinsDe(currentUser.login());
            if (requete != null) {
                requete.setAttribute(CACHE, connus, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return Optional.of(connus);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> attribut(RequestAttributes requete, String nom) {
        return requete == null ? null : (Set<String>) requete.getAttribute(nom, RequestAttributes.SCOPE_REQUEST);
    }

    /** A page's bassin selector: the bassins offered (none for who sees only one) and the one chosen, or null. */
    public record ChoixBassin(List<Bassins.BassinView> proposes, String choisi) {
    }

    /**
     * For a page that lets a user of several bassins (the regional role) look at one of them: narrows this request to
     * the bassin {@code demande} names (any case) when the user sees it; a bassin he does not see is no choice.
     */
    public ChoixBassin choisir(String demande) {
        List<Bassins.BassinView> siens = bassins.findAllByOrderByCode().stream().map(Bassins.BassinView::de)
                .filter(b -> voit(b.code())).toList();
        String choisi = siens.stream().map(Bassins.BassinView::code)
                .filter(c -> c.equalsIgnoreCase(demande == null ? "" : demande.trim())).findFirst().orElse(null);
        restreindre(choisi);
        return new ChoixBassin(siens.size() > 1 ? siens : List.of(), choisi);
    }

    /**
     * Narrows what this request sees to one bassin among those the user sees (a regional user's report of one
     * bassin); nothing to narrow when {@code bassin} is empty.
     */
    public void restreindre(String bassin) {
        if (bassin == null || bassin.isBlank()) {
            return;
        }
        String code = pourSaisie(bassin, "bassin");
        RequestAttributes requete = RequestContextHolder.getRequestAttributes();
        if (requete != null) {
            requete.setAttribute(RESTREINT, Set.of(code), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The tenant ids to authenticate the user with in the engine: his bassins, or all of them. */
    public List<String> tenants() {
        return visibles().map(v -> List.copyOf(v)).orElseGet(this::codes);
    }

    public boolean voit(String bassin) {
        return visibles().map(v -> v.contains(bassin)).orElse(true);
    }

    /**
     * The bassins of a user, from his tenants and his groups' tenants; the default one when he has none. Read once
     * per transaction (and once per web request, {@link #visibles}), whoever asks.
     */
    public Set<String> bassinsDe(String login) {
        return ParTransaction.lire(new ParTransaction.Cle(Perimetre.class, List.of("de", login)), () -> lireBassinsDe(login));
    }

    private Set<String> lireBassinsDe(String login) {
        Set<String> siens = new TreeSet<>();
        identityService.createTenantQuery().userMember(login).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).forEach(siens::add);
        return siens.isEmpty() ? parDefaut() : Collections.unmodifiableSet(siens);
    }

    /**
     * The bassins a user works in: those of his own tenants and of his groups', not those the regional group reaches
     * (every bassin, to read), the default one when he has none; a user of the regional role alone works in none.
     * Who receives a bassin's reminders and escalations, who keeps its lists.
     */
    public Set<String> bassinsPropres(String login) {
        return ParTransaction.lire(new ParTransaction.Cle(Perimetre.class, List.of("propres", login)),
                () -> lireBassinsPropres(login));
    }

    private Set<String> lireBassinsPropres(String login) {
        Set<String> siens = new TreeSet<>();
        identityService.createTenantQuery().userMember(login).list().stream().map(Tenant::getId).forEach(siens::add);
        identityService.createGroupQuery().groupMember(login).list().stream()
                .filter(g -> !Groupes.REGIONAL.equals(g.getId()))
                .forEach(g -> identityService.createTenantQuery().groupMember(g.getId()).list().stream()
                        .map(Tenant::getId).forEach(siens::add));
        if (!siens.isEmpty()) {
            return Collections.unmodifiableSet(siens);
        }
        boolean regional = identityService.createUserQuery().userId(login).memberOfGroup(Groupes.REGIONAL).count() > 0;
        return regional ? Set.of() : parDefaut();
    }

    private List<String> codes() {
        return bassins.findAllByOrderByCode().stream().map(Bassin::getCode).toList();
    }

    /**
     * The bassin something new belongs to: the one asked for, which the user must see, or else his own when he has
     * exactly one; the system's creations go to the default bassin.
     */
    public String pourSaisie(String demande, String champ) {
        Optional<Set<String>> visibles = visibles();
        if (demande != null && !demande.isBlank()) {
            String code = demande.trim().toUpperCase(Locale.ROOT);
            if (!bassins.existsById(code)) {
                throw new DonneesInvalidesException(champ, "Bassin « %s » inconnu. Bassins : %s.".formatted(
                        demande.length() > 20 ? demande.substring(0, 20) + "…" : demande,
                        String.join(", ", codes())));
            }
            if (!visibles.map(v -> v.contains(code)).orElse(true)) {
                throw new DonneesInvalidesException(champ,
                        "Vous n'appartenez pas au bassin « %s » : vous ne pouvez y enregistrer.".formatted(code));
            }
            return code;
        }
        if (visibles.isEmpty()) {
            if (!currentUser.estUtilisateurWeb()) {
                return Optional.ofNullable(defaut()).orElseThrow(() -> new DonneesInvalidesException(champ,
                        "Précisez le bassin : cette installation n'a pas de bassin par défaut."));
            }
            throw new DonneesInvalidesException(champ,
                    "Précisez le bassin : votre rôle régional vous donne accès à tous les bassins.");
        }
        Set<String> siens = visibles.get();
        if (siens.isEmpty()) {
            throw new DonneesInvalidesException(champ, "Vous n'appartenez à aucun bassin : un administrateur vous "
                    + "rattache au vôtre (Camunda Admin, Tenants) ou choisit celui que sert l'installation (page « Bassin »).");
        }
        if (siens.size() > 1) {
            throw new DonneesInvalidesException(champ,
                    "Précisez le bassin : vous appartenez à plusieurs bassins (%s).".formatted(String.join(", ", siens)));
        }
        return siens.iterator().next();
    }

    /**
     * The default bassin: the one configured (avis.bassin.defaut), else the only bassin the installation serves;
     * null when it serves several and none is configured, or none yet (a fresh installation, until its first
     * administrator activates a bassin).
     */
    public String defaut() {
        if (defaut != null && !defaut.isBlank()) {
            return defaut;
        }
        List<Bassin> servis = bassins.findAll();
        return servis.size() == 1 ? servis.get(0).getCode() : null;
    }

    private Set<String> parDefaut() {
        String code = defaut();
        return code == null ? Set.of() : Set.of(code);
    }
}
