package be.ibefe.avis.notification;

import be.ibefe.avis.security.Groupes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The e-mail addresses of the people concerned, from the accounts of the identity tables. */
@Component
class Destinataires {

    private final IdentityService identityService;
    private final TaskService taskService;

    Destinataires(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    List<String> coordination() {
        return adresses(identityService.createUserQuery().memberOfGroup(Groupes.COORDINATION).list());
    }

    /** Whoever holds the task, or else every member of its candidate groups. */
    List<String> pourTache(Task tache) {
        if (tache.getAssignee() != null) {
            return adresses(identityService.createUserQuery().userId(tache.getAssignee()).list());
        }
        Set<User> candidats = new LinkedHashSet<>();
        for (IdentityLink lien : taskService.getIdentityLinksForTask(tache.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(lien.getType()) && lien.getGroupId() != null) {
                candidats.addAll(identityService.createUserQuery().memberOfGroup(lien.getGroupId()).list());
            } else if (IdentityLinkType.CANDIDATE.equals(lien.getType()) && lien.getUserId() != null) {
                candidats.addAll(identityService.createUserQuery().userId(lien.getUserId()).list());
            }
        }
        return adresses(new ArrayList<>(candidats));
    }

    private static List<String> adresses(List<User> utilisateurs) {
        return utilisateurs.stream().map(User::getEmail).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }
}
