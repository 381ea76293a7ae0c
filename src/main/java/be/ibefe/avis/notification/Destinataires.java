package be.ibefe.avis.notification;

import be.ibefe.avis.bassin.Perimetre;
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

/**
 * The e-mail addresses of the people concerned, from the accounts of the identity tables, within the dossier's
 * bassin: a Liège dossier is no business of Huy-Waremme's coordination or analysts. A person is of the bassins he
 * works in ({@link Perimetre#bassinsPropres}): the regional group's membership of every bassin is for reading, and
 * brings no mail (the README documents none to the regional role).
 */
@Component
public class Destinataires {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final Perimetre perimetre;

    Destinataires(IdentityService identityService, TaskService taskService, Perimetre perimetre) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.perimetre = perimetre;
    }

    public List<String> coordination(String bassin) {
        return adresses(identityService.createUserQuery().memberOfGroup(Groupes.COORDINATION).list(), bassin);
    }

    /** Whoever holds the task, or else every member of its candidate groups, of the dossier's bassin. */
    List<String> pourTache(Task tache, String bassin) {
        if (tache.getAssignee() != null) {
            return adresses(identityService.createUserQuery().userId(tache.getAssignee()).list(), bassin);
        }
        Set<User> candidats = new LinkedHashSet<>();
        for (IdentityLink lien : taskService.getIdentityLinksForTask(tache.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(lien.getType()) && lien.getGroupId() != null) {
                candidats.addAll(identityService.createUserQuery().memberOfGroup(lien.getGroupId()).list());
            } else if (IdentityLinkType.CANDIDATE.equals(lien.getType()) && lien.getUserId() != null) {
                candidats.addAll(identityService.createUserQuery().userId(lien.getUserId()).list());
            }
        }
        return adresses(new ArrayList<>(candidats), bassin);
    }

    private List<String> adresses(List<User> utilisateurs, String bassin) {
        return utilisateurs.stream().filter(u -> perimetre.bassinsPropres(u.getId()).contains(bassin)).map(User::getEmail)
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
    }
}
