package be.ibefe.avis.bassin;

import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.List;
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

    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final BassinRepository bassins;
    private final String defaut;

    Perimetre(CurrentUser currentUser, IdentityService identityService, BassinRepository bassins,
            @Value("${avis.bassin.defaut}") String defaut) {
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.bassins = bassins;
        this.defaut = defaut;
    }

    /** Every bassin, for tools that run the application's queries outside of it (the benchmarks). */
    public static Perimetre tousLesBassins(String defaut) {
        return new Perimetre(null, null, null, defaut);
    }

    /** The bassins the current user may see, or empty when he sees them all. */
    public Optional<Set<String>> visibles() {
        if (currentUser == null || !currentUser.estUtilisateurWeb()) {
            return Optional.empty();
        }
        // asked many times while one request is served (every dossier it loads): read once per request
        RequestAttributes requete = RequestContextHolder.getRequestAttributes();
        if (requete != null && requete.getAttribute(CACHE + ".restreint", RequestAttributes.SCOPE_REQUEST) != null) {
            @SuppressWarnings("unchecked")
            Set<String> choisi = (Set<String>) requete.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
            return Optional.of(choisi);
        }
        if (currentUser.groupes().contains(Groupes.REGIONAL)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Set<String> connus = requete == null ? null
                : (Set<String>) requete.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (connus == null) {
            connus = Set.copyOf(bassinsDe(currentUser.login(), currentUser.groupes()));
            if (requete != null) {
                requete.setAttribute(CACHE, connus, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return Optional.of(connus);
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
            requete.setAttribute(CACHE, Set.of(code), RequestAttributes.SCOPE_REQUEST);
            requete.setAttribute(CACHE + ".restreint", Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The tenant ids to authenticate the user with in the engine: his bassins, or all of them. */
    public List<String> tenants() {
        return visibles().map(v -> List.copyOf(v))
                .orElseGet(() -> bassins.findAllByOrderByCode().stream().map(Bassin::getCode).toList());
    }

    public boolean voit(String bassin) {
        return visibles().map(v -> v.contains(bassin)).orElse(true);
    }

    public boolean regional() {
        return visibles().isEmpty();
    }

    /** The bassins of a user, from his tenants and his groups' tenants; the default one when he has none. */
    public Set<String> bassinsDe(String login, List<String> groupes) {
        Set<String> bassins = new TreeSet<>();
        identityService.createTenantQuery().userMember(login).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).forEach(bassins::add);
        if (bassins.isEmpty()) {
            bassins.add(defaut);
        }
        return bassins;
    }

    /**
     * The bassin something new belongs to: the one asked for, which the user must see, or else his own when he has
     * exactly one; the system's creations go to the default bassin.
     */
    public String pourSaisie(String demande, String champ) {
        Optional<Set<String>> visibles = visibles();
        if (demande != null && !demande.isBlank()) {
            String code = demande.trim().toUpperCase(java.util.Locale.ROOT);
            if (!bassins.existsById(code)) {
                throw new DonneesInvalidesException(champ, "Bassin « %s » inconnu. Bassins : %s.".formatted(
                        demande.length() > 20 ? demande.substring(0, 20) + "…" : demande,
                        String.join(", ", bassins.findAllByOrderByCode().stream().map(Bassin::getCode).toList())));
            }
            if (!visibles.map(v -> v.contains(code)).orElse(true)) {
                throw new DonneesInvalidesException(champ,
                        "Vous n'appartenez pas au bassin « %s » : vous ne pouvez y enregistrer.".formatted(code));
            }
            return code;
        }
        if (visibles.isEmpty()) {
            if (!currentUser.estUtilisateurWeb()) {
                return defaut;
            }
            throw new DonneesInvalidesException(champ,
                    "Précisez le bassin : votre rôle régional vous donne accès à tous les bassins.");
        }
        Set<String> siens = visibles.get();
        if (siens.size() > 1) {
            throw new DonneesInvalidesException(champ,
                    "Précisez le bassin : vous appartenez à plusieurs bassins (%s).".formatted(String.join(", ", siens)));
        }
        return siens.iterator().next();
    }

    public String defaut() {
        return defaut;
    }
}
