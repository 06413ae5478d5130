import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** The controls of a photo gallery or slideshow ("View gallery", "Photo 3 of 12"); captions are left to other rules. */
export default phraseRule({
  id: 'gallery-label',
  category: 'navigation',
  description: 'Photo-gallery and slideshow controls: "View gallery", "See all 12 photos", "Photo 3 of 12", "Fullscreen", "Buy Photo".',
  maxWords: 8,
  patterns: [
    /^(?:view|see|open|launch|browse|start|enter|watch) (?:the |our )?(?:full |photo |image |picture ){0,2}(?:gallery|slideshow|slide show)[.:!]?$/,
    /^(?:view|see|browse) (?:all )?(?:the )?\d+ (?:photos|images|pictures|slides)[.:]?$/,
    /^(?:photo|image|slide|picture|foto|bild|diapo|imagen|immagine|afbeelding) \d+ (?:of|\/|von|sur|de|di|van) \d+$/,
    // A gallery's buttons beside each photo: "Fullscreen", "Buy Photo", "Enlarge this image", "Hide caption".
    /^(?:(?:view |exit |enter )?full ?screen|buy (?:this )?photo|(?:click to )?enlarge(?: this)?(?: image| photo)?|view (?:larger|full[- ]size)(?: image| photo)?|(?:hide|show|toggle) (?:caption|thumbnails)|close gallery)$/,
    // German: "Zur Bildergalerie", "Alle Bilder anzeigen".
    /^(?:zur |zu den )?(?:bildergalerie|fotogalerie|fotostrecke|bilderstrecke)(?: (?:öffnen|ansehen|anzeigen|starten))?[.:!]?$|^(?:alle )?(?:\d+ )?(?:bilder|fotos) (?:anzeigen|ansehen)[.:]?$/,
    // French: "Voir la galerie", "Voir les 12 photos".
    /^(?:voir|ouvrir|lancer) (?:la |le )?(?:galerie|diaporama)(?: photos?)?[.:!]?$|^voir (?:les|toutes les) (?:\d+ )?photos[.:]?$/,
    // Spanish: "Ver galería", "Ver las 12 fotos".
    /^(?:ver|abrir) (?:la )?(?:galería|fotogalería)(?: de fotos| completa)?[.:!]?$|^ver (?:las|todas las) (?:\d+ )?(?:fotos|imágenes)[.:]?$/,
    // Italian: "Guarda la gallery", "Vai alla fotogallery".
    /^(?:guarda|vai alla|apri|sfoglia) (?:la )?(?:gallery|galleria|fotogallery|fotogalleria)(?: fotografica| completa)?[.:!]?$/,
    // Portuguese: "Ver galeria", "Veja todas as fotos".
    /^(?:ver|veja|abrir|abra) (?:a )?(?:galeria|fotogaleria)(?: de fotos| completa)?[.:!]?$|^veja (?:as|todas as) (?:\d+ )?fotos[.:]?$/,
    // Dutch: "Bekijk de fotoserie", "Bekijk alle foto's".
    /^(?:bekijk|open) (?:de )?(?:fotoserie|fotogalerij|galerij|fotoreportage)[.:!]?$|^bekijk (?:alle )?(?:\d+ )?foto['’]s[.:]?$/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'View gallery', kept: false, category: 'navigation' },
        { text: 'See all 14 photos', kept: false, category: 'navigation' },
        { text: 'Photo 3 of 12', kept: false, category: 'navigation' },
        { text: 'Fullscreen', kept: false, category: 'navigation' },
        { text: 'Buy Photo', kept: false, category: 'navigation' },
        { text: 'Enlarge this image', kept: false, category: 'navigation' },
        { text: 'hide caption', kept: false, category: 'navigation' },
        { text: 'Zur Bildergalerie', language: 'de', kept: false, category: 'navigation' },
        { text: 'Voir le diaporama', language: 'fr', kept: false, category: 'navigation' },
        { text: 'Ver las 8 fotos', language: 'es', kept: false, category: 'navigation' },
        { text: 'Guarda la fotogallery', language: 'it', kept: false, category: 'navigation' },
        { text: 'Veja todas as fotos', language: 'pt', kept: false, category: 'navigation' },
        { text: 'Bekijk alle foto’s', language: 'nl', kept: false, category: 'navigation' },
      ],
      noMatch: [
        { text: 'The gallery reopened on Saturday after the flood, with photos of the harbour lent by local families.', kept: true },
        { text: '3 of 12 schools will stay closed until Wednesday, the council said.', kept: true },
      ],
    };
  },
});
