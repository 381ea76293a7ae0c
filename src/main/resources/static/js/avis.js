// Hides a task form's field while its condition holds (conditional.hide of the .form, read by the server into
// data-masquer-* attributes). Without JavaScript every field shows; the server ignores a hidden field anyway.
(function () {
  function valeur(formulaire, nom) {
    var champ = formulaire.elements[nom];
    if (!champ) { return null; }
    if (champ.type === 'checkbox') { return champ.checked; }
    return champ.value === '' ? null : champ.value;
  }
  function masque(formulaire, bloc) {
    var v = valeur(formulaire, bloc.dataset.masquerChamp);
    switch (bloc.dataset.masquerOperateur) {
      case 'VRAI': return v === true;
      case 'FAUX': return v !== true;
      case 'EGAL': return v === bloc.dataset.masquerValeur;
      default: return v !== bloc.dataset.masquerValeur;
    }
  }
  function appliquer(formulaire) {
    formulaire.querySelectorAll('[data-masquer-champ]').forEach(function (bloc) {
      bloc.classList.toggle('cache', masque(formulaire, bloc));
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.formulaire-tache').forEach(function (formulaire) {
      appliquer(formulaire);
      formulaire.addEventListener('input', function () { appliquer(formulaire); });
      formulaire.addEventListener('change', function () { appliquer(formulaire); });
    });
  });
})();

// "Revenir à la page précédente" on the error pages: the browser's history when there is one, the home page without
// JavaScript (no inline script: the pages' Content-Security-Policy allows only the application's own files).
document.addEventListener('click', function (evenement) {
  var lien = evenement.target.closest('a[data-retour]');
  if (lien && window.history.length > 1) {
    evenement.preventDefault();
    window.history.back();
  }
});

// Accessibility and small screens, on every page and again on what htmx swaps in:
// - a table's cells carry their column's name (data-colonne), so that on a phone each row reads as a card;
// - after a refused submit the focus goes to the summary of the errors at the top of the page, each error a link to
//   its field.
(function () {
  function cartes(racine) {
    racine.querySelectorAll('table').forEach(function (table) {
      var entetes = table.tHead ? Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
        return th.textContent.trim();
      }) : [];
      if (entetes.length < 2) { return; }
      table.classList.add('cartes');
      Array.prototype.forEach.call(table.tBodies, function (corps) {
        Array.prototype.forEach.call(corps.rows, function (ligne) {
          Array.prototype.forEach.call(ligne.cells, function (cellule, i) {
            if (entetes[i] && !cellule.hasAttribute('data-colonne')) { cellule.setAttribute('data-colonne', entetes[i]); }
          });
        });
      });
    });
  }
  // the server marks the fields in error and writes the summary of the errors (ChampsEnErreur, resume-erreurs),
  // each error a link to its message: the focus goes to the summary
  function erreurs() {
    var resume = document.querySelector('main .resume-erreurs');
    if (resume) { resume.focus(); }
  }
  // a link of the summary puts the focus in the field its message describes (an anchor alone would only scroll)
  document.addEventListener('click', function (evenement) {
    var lien = evenement.target.closest('.resume-erreurs a[href^="#erreur-"]');
    var champ = lien && document.querySelector('main [aria-describedby~="' + lien.getAttribute('href').substring(1)
      .replace(/["\\]/g, '\\$&') + '"]');
    if (champ && champ.tagName === 'FIELDSET') { champ = champ.querySelector('input, select, textarea'); }
    if (champ) { evenement.preventDefault(); champ.focus(); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    cartes(document);
    erreurs();
  });
  document.addEventListener('htmx:afterSettle', function (evenement) { cartes(evenement.target); });
})();

// The dossier page's procedure: each process of the dossier drawn by the bpmn-js viewer (vendored under
// /vendor/bpmn-js/), the steps done marked « etape-faite », those where the dossier waits « etape-en-cours » with a
// « en cours » label. Without JavaScript (or if the drawing fails) the list of the steps stays the only view.
document.addEventListener('DOMContentLoaded', function () {
  var section = document.querySelector('[data-diagrammes]');
  if (!section || typeof window.BpmnJS !== 'function' || !window.fetch) { return; }
  var zone = section.querySelector('.diagrammes');
  fetch(section.getAttribute('data-diagrammes'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (reponse) { if (!reponse.ok) { throw new Error(reponse.status); } return reponse.json(); })
    .then(function (diagrammes) {
      diagrammes.forEach(function (d) {
        // a figure named by its title; the steps are read from the list of text below it
        var figure = document.createElement('figure');
        var titre = document.createElement('figcaption');
        titre.appendChild(document.createElement('h3')).textContent = d.nom + (d.termine ? ' (terminée)' : '');
        var cadre = document.createElement('div');
        cadre.className = 'diagramme';
        cadre.setAttribute('data-processus', d.cle);
        figure.appendChild(titre);
        figure.appendChild(cadre);
        zone.appendChild(figure);
        var visionneuse = new window.BpmnJS({ container: cadre });
        visionneuse.importXML(d.xml).then(function () {
          var canevas = visionneuse.get('canvas');
          var registre = visionneuse.get('elementRegistry');
          var etiquettes = visionneuse.get('overlays');
          d.faites.forEach(function (id) {
            if (registre.get(id) && d.enCours.indexOf(id) < 0) { canevas.addMarker(id, 'etape-faite'); }
          });
          d.enCours.forEach(function (id) {
            if (!registre.get(id)) { return; }
            canevas.addMarker(id, 'etape-en-cours');
            var ici = document.createElement('span');
            ici.className = 'ici';
            ici.textContent = 'en cours';
            etiquettes.add(id, { position: { top: -18, left: 0 }, html: ici });
          });
          canevas.zoom('fit-viewport');
          section.classList.add('diagrammes-dessines');
          section.querySelector('.legende-processus').classList.remove('cache');
        }).catch(function () { figure.remove(); });
      });
    })
    .catch(function () { /* the list of the steps remains */ });
});
