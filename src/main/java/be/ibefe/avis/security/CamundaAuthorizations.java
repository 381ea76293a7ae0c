package be.ibefe.avis.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations are on ({@code camunda.bpm.authorization.enabled}): what a user of the Camunda
 * webapps sees and does goes through them. The group {@code admin} may do everything, Cockpit and Admin included;
 * every other user opens Tasklist only, where the engine shows him the tasks offered to him or his groups (their
 * candidate links grant him read and update) and nothing else. Our own API calls the engine without a user, except
 * to complete a task in the user's name, which his candidate link allows. Only missing authorizations are created:
 * what an administrator changes in Camunda Admin stays.
 */
@Component
class CamundaAuthorizations implements ApplicationRunner {

    static final String TASKLIST = "tasklist";

    private final AuthorizationService authorizationService;

    CamundaAuthorizations(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Resources resource : Resources.values()) {
            accorderAuGroupe(Groupes.ADMIN, resource, Permissions.ALL);
        }
        accorderATous(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        accorderATous(Resources.FILTER, Authorization.ANY, Permissions.READ);
    }

    private void accorderAuGroupe(String groupe, Resource resource, Permission permission) {
        if (authorizationService.createAuthorizationQuery().groupIdIn(groupe).resourceType(resource)
                .resourceId(Authorization.ANY).count() == 0) {
            Authorization autorisation = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            autorisation.setGroupId(groupe);
            enregistrer(autorisation, resource, Authorization.ANY, permission);
        }
    }

    private void accorderATous(Resource resource, String resourceId, Permission permission) {
        if (authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() == 0) {
            enregistrer(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), resource,
                    resourceId, permission);
        }
    }

    private void enregistrer(Authorization autorisation, Resource resource, String resourceId, Permission permission) {
        autorisation.setResource(resource);
        autorisation.setResourceId(resourceId);
        autorisation.addPermission(permission);
        authorizationService.saveAuthorization(autorisation);
    }
}
