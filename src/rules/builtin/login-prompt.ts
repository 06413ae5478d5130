import { phraseRule } from '../phrases.js';

/** Account prompts: sign in, register, profile links. */
export default phraseRule({
  id: 'login-prompt',
  category: 'login',
  description: 'Sign-in, registration and account prompts.',
  maxWords: 25,
  patterns: [
    /^(?:log ?in|log ?out|sign ?in|sign ?out|sign up|register|join|my account|your account|account|your profile|my profile|profile|create (?:an )?account|forgot (?:your )?password\??|password|username|user ?name|remember me)[.:!]?$/,
    /^(?:log ?in|sign ?in|login|register)\s*[|/]\s*(?:register|sign ?up|log ?in|sign ?in|join)$/,
    /\b(?:log ?in|sign ?in) (?:or|to) (?:register|create|sign up|your account|continue)\b/,
    /\b(?:don'?t|do not) have an account\b|\bforgot (?:your )?password\b|\bnot a member\?/,
  ],
  examples: {
    match: ['Log In', 'Sign in or register to continue', 'Forgot your password?', 'Log In | Register'],
    noMatch: ['He was forced to sign in at the police station every week.'],
  },
});
