import { phraseRule } from '../phrases.js';
import type { RuleExamples } from '../rule.js';

/** Account prompts: sign in, register, profile links. */
export default phraseRule({
  id: 'login-prompt',
  category: 'login',
  description: 'Sign-in, registration and account prompts.',
  maxWords: 25,
  patterns: [
    /^(?:log ?in|log ?out|sign ?in|sign ?out|sign up|register|join|my account|your account|account|your profile|my profile|profile|create (?:an )?account|forgot (?:your )?password\??|password|username|user ?name|remember me)[.:!]?$/,
    /^(?:log ?in|sign ?in|login|register)\s*[|/]\s*(?:register|sign ?up|log ?in|sign ?in|join)$/,
    // Chinese: "登录" (log in), "注册" (register), "免费注册".
    /^(?:登录|登陆|注册|免费注册|退出)(?:\s*[|/]\s*(?:登录|注册))?$/u,
    /\b(?:log ?in|sign ?in) (?:or|to) (?:register|create|sign up|your account|continue)\b/,
    /\b(?:don'?t|do not) have an account\b|\bforgot (?:your )?password\b|\bnot a member\?/,
    // German: "Anmelden", "Jetzt registrieren", "Passwort vergessen?", "Noch kein Konto?".
    /^(?:anmelden|abmelden|einloggen|ausloggen|registrieren|jetzt registrieren|kostenlos registrieren|hier registrieren|jetzt anmelden|hier anmelden|zur anmeldung|konto erstellen|neues konto erstellen|benutzerkonto erstellen|mein konto|ihr konto|dein konto|kundenkonto|mein kundenkonto|mein profil|passwort vergessen\??|passwort|kennwort|benutzername|angemeldet bleiben|eingeloggt bleiben)[.:!]?$/,
    /^(?:anmelden|einloggen|login)\s*[|/]\s*(?:registrieren|anmelden|einloggen)$/,
    /\b(?:noch kein|kein|noch keinen) (?:konto|kundenkonto|benutzerkonto|account)\?|\bpasswort vergessen\b/,
    /\bbitte (?:loggen sie sich|melden sie sich|logge dich|melde dich) (?:[\p{L}-]+ ){0,4}(?:ein|an)\b|\b(?:sie müssen|du musst) (?:[\p{L}-]+ )?(?:angemeldet|eingeloggt) sein\b/u,
    // French: "Se connecter", "Mot de passe oublié ?", "Pas encore de compte ?".
    /^(?:se connecter|connexion|connectez-vous|s['’]inscrire|inscription|se déconnecter|déconnexion|mon compte|votre compte|créer un compte|mot de passe oublié ?\??|mot de passe|identifiant|mon profil|espace abonné|espace client|se souvenir de moi)[.:!]?$/,
    /\bmot de passe oublié(?![\p{L}])|\bpas encore (?:de compte|inscrit|inscrite|membre)\b|\bconnectez-vous (?:pour|ou|à votre)\b/u,
    // Spanish: "Iniciar sesión", "Regístrate", "¿Olvidaste tu contraseña?".
    /^(?:iniciar sesión|inicia sesión|inicie sesión|entrar|ingresar|ingresa|regístrate|registrate|regístrese|registrarse|registro|cerrar sesión|mi cuenta|tu cuenta|crear (?:una )?cuenta|¿?olvidaste tu contraseña\??|contraseña|nombre de usuario|mi perfil|recordarme)[.:!]?$/,
    /\bolvidaste (?:tu )?contraseña\b|\bno tienes (?:una )?cuenta\b|\binicia sesión (?:o|para|con)\b/,
    // Italian: "Accedi", "Registrati", "Password dimenticata?".
    /^(?:accedi|accesso|entra|esci|registrati|registrazione|il mio account|il mio profilo|crea (?:un )?account|password dimenticata\??|hai dimenticato la password\??|nome utente|ricordami)[.:!]?$/,
    /\bnon hai (?:ancora )?un account\b|\bpassword dimenticata\b|\baccedi (?:o registrati|per (?:continuare|commentare|leggere))\b/,
    // Portuguese: "Entrar", "Cadastre-se", "Esqueceu a senha?".
    /^(?:entre|acessar|acesse|iniciar sessão|sair|cadastre-se|cadastrar|cadastro|registar|registe-se|registrar|minha conta|a minha conta|criar (?:uma )?conta|esqueceu (?:a |sua |a sua )?senha\??|esqueci (?:a |minha )?senha|senha|palavra-passe|utilizador|meu perfil|lembrar-me)[.:!]?$/,
    /\bnão tem (?:uma )?conta\b|\besqueceu (?:a |sua |a sua )?(?:senha|palavra-passe)\b/,
    // Dutch: "Inloggen", "Registreren", "Wachtwoord vergeten?".
    /^(?:inloggen|uitloggen|log uit|aanmelden|afmelden|registreren|registreer|mijn account|account aanmaken|maak een account|wachtwoord vergeten\??|wachtwoord|gebruikersnaam|mijn profiel|onthoud mij|ingelogd blijven)[.:!]?$/,
    /\bnog geen account\b|\bwachtwoord vergeten\b/,
    // Prompts to make an account before reading on: \"Create a free account to continue\", \"Sign up to read more\".
    /\b(?:create|register for|sign up for|set up|open) (?:a |an |your )?(?:free )?(?:account|profile)(?: for free| now| today)? (?:to|and) (?:continue|keep|read|unlock|access|enjoy)\b/,
    /^(?:sign up|register|log ?in|sign in)(?: for free| free| now)? (?:to|and) (?:continue|keep) reading\b|^(?:sign up|register|log ?in|sign in)(?: for free| free| now)? to read (?:more|on|the (?:full |whole |rest of the )?(?:article|story))\b/,
    /\b(?:registrieren sie sich|registriere dich|melden sie sich) (?:jetzt )?(?:kostenlos )?(?:an )?und (?:lesen sie |lies )?(?:kostenlos )?weiter\b|\bkostenlos(?:es|en)? (?:konto|benutzerkonto|nutzerkonto) (?:erstellen|anlegen) und weiterlesen\b/,
    /\b(?:créez|créer) (?:un|votre) compte (?:gratuit )?pour (?:continuer|lire|poursuivre)(?![\p{L}])/u,
    /\b(?:regístrate|registrate|regístrese|crea una cuenta)(?: gratis| gratuita)? para (?:seguir|continuar) (?:leyendo|con la lectura)\b/,
    /\b(?:registrati|crea un account)(?: gratis| gratuitamente)? per (?:continuare a leggere|leggere l['’]articolo)(?![\p{L}])/u,
    /\b(?:cadastre-se|crie uma conta|registe-se)(?: grátis| gratuitamente)? para (?:continuar lendo|continuar a ler|ler (?:a|o) (?:matéria|reportagem|artigo))(?![\p{L}])/u,
    /\b(?:maak (?:een |gratis een )?account aan|registreer (?:je|u)(?: gratis)?) (?:om|en) (?:verder te lezen|lees verder)\b/,
    // A Q&A site's prompt under its answers (Stack Exchange: "You must log in to answer this question.").
    /^you must (?:log ?in|sign ?in|be logged in|be signed in) to (?:answer|ask|vote on|comment on) this (?:question|answer|post)\.?$/,
    // "Already have an account? Log in" and "Already registered? Sign in" under a sign-up form.
    /^already (?:have an account|registered|a member)\?(?: (?:log in|sign in|login)[.!]?)?$/,
  ],
  get examples(): RuleExamples {
    return {
      match: [
        { text: 'Already have an account? Log in', kept: false, category: 'login' },
        { text: 'Already registered? Sign in', kept: false, category: 'login' },
        { text: '登录', language: 'zh', kept: false, category: 'login' },
        { text: 'You must log in to answer this question.', kept: false, category: 'login' },
        { text: 'Log In', kept: false, category: 'login' },
        { text: 'Sign in or register to continue', kept: false, category: 'login' },
        { text: 'Forgot your password?', kept: false, category: 'login' },
        { text: 'Log In | Register', kept: false, category: 'login' },
        { text: 'Anmelden', language: 'de', kept: false, category: 'login' },
        { text: 'Jetzt registrieren', language: 'de', kept: false, category: 'login' },
        { text: 'Passwort vergessen?', language: 'de', kept: false, category: 'login' },
        { text: 'Noch kein Konto? Jetzt registrieren', language: 'de', kept: false, category: 'login' },
        { text: 'Se connecter', language: 'fr', kept: false, category: 'login' },
        { text: 'Mot de passe oublié ?', language: 'fr', kept: false, category: 'login' },
        { text: 'Iniciar sesión', language: 'es', kept: false, category: 'login' },
        { text: '¿Olvidaste tu contraseña?', language: 'es', kept: false, category: 'login' },
        { text: 'Accedi', language: 'it', kept: false, category: 'login' },
        { text: 'Registrati', language: 'it', kept: false, category: 'login' },
        { text: 'Cadastre-se', language: 'pt', kept: false, category: 'login' },
        { text: 'Esqueceu a senha?', language: 'pt', kept: false, category: 'login' },
        { text: 'Inloggen', language: 'nl', kept: false, category: 'login' },
        { text: 'Wachtwoord vergeten?', language: 'nl', kept: false, category: 'login' },
        { text: "Don't have an account? Create one", kept: false, category: 'login' },
        // The typographic apostrophe reads as ' (features.normalized).
        { text: 'Don’t have an account? Register now', kept: false, category: 'login' },
        { text: 'Anmelden | Registrieren', language: 'de', kept: false, category: 'login' },
        { text: 'Bitte loggen Sie sich ein, um fortzufahren.', language: 'de', kept: false, category: 'login' },
        { text: 'Pas encore de compte ? Inscrivez-vous', language: 'fr', kept: false, category: 'login' },
        { text: '¿No tienes cuenta? Regístrate', language: 'es', kept: false, category: 'login' },
        { text: 'Non hai ancora un account? Registrati', language: 'it', kept: false, category: 'login' },
        { text: 'Não tem uma conta? Cadastre-se', language: 'pt', kept: false, category: 'login' },
        { text: 'Nog geen account? Registreer hier', language: 'nl', kept: false, category: 'login' },
        { text: 'Create a free account to continue', kept: false, category: 'login' },
        { text: 'Sign up to read more', kept: false, category: 'login' },
        { text: 'Registrieren Sie sich kostenlos und lesen Sie weiter.', language: 'de', kept: false, category: 'login' },
        { text: 'Créez un compte gratuit pour continuer.', language: 'fr', kept: false, category: 'login' },
        { text: 'Crea una cuenta gratuita para continuar con la lectura', language: 'es', kept: false, category: 'login' },
        { text: 'Crea un account per leggere l’articolo', language: 'it', kept: false, category: 'login' },
        { text: 'Crie uma conta para ler a reportagem', language: 'pt', kept: false, category: 'login' },
        { text: 'Registreer je en lees verder', language: 'nl', kept: false, category: 'login' },
      ],
      noMatch: [
        { text: 'He was forced to sign in at the police station every week.', kept: true },
        { text: 'Anmelden können sich Interessierte bis Ende März beim Bürgeramt.', language: 'de', kept: true },
        { text: 'La connexion entre les deux villes sera rétablie lundi.', language: 'fr', kept: true },
        { text: 'El registro de votantes cierra el viernes.', language: 'es', kept: true },
        { text: 'Het aanmelden voor de cursus kan tot vrijdag.', language: 'nl', kept: true },
      ],
    };
  },
});
