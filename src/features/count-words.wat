;; countWords (tokenize.ts) for many blocks of one document in one call: the same pass over the
;; characters, the same class bits and the same stopword keys, in WebAssembly (no bounds check per
;; read, no string shapes). scripts/wasm.mjs (npm run wasm) assembles it into count-words.ts.
;;
;; Memory (byte offsets passed in): the class bits of every UTF-16 code unit (u16, at 0; 0 means
;; not classified yet), a stopword set's cuckoo table (keys i32, lengths u16, see StopwordKeys),
;; the document's UTF-16 text, the blocks' [start, end) ranges in it (i32 pairs), and per block
;; eight i32 results: words, stopwords, capitalised, letters, digits, sentences, the or of every
;; character's class bits (with the double-space mark) and the last character's class bits.
;; What needs JavaScript is imported: classifying a code unit or point seen for the first time, and
;; the stopword and capital test of a token with a character beyond ASCII or of a long ASCII token.
(module
 (import "pith" "classify" (func $classify (param i32) (result i32)))
 (import "pith" "astral" (func $astral (param i32) (result i32)))
 (import "pith" "otherToken" (func $otherToken (param i32 i32) (result i32)))
 (import "pith" "longStopword" (func $longStopword (param i32 i32) (result i32)))
 (memory (export "memory") 3)

 ;; A token's bits: 1 when it is a stopword, 2 when it is capitalised (tokenFlags).
 (func $token (param $text i32) (param $start i32) (param $end i32) (param $nonAscii i32) (param $key i32)
              (param $keys i32) (param $lengths i32) (param $shift i32) (result i32)
  (local $length i32) (local $one i32) (local $two i32) (local $found i32)
  (if (local.get $nonAscii) (then (return (call $otherToken (local.get $start) (local.get $end)))))
  (local.set $length (i32.sub (local.get $end) (local.get $start)))
  (local.set $one (i32.shr_u (i32.mul (i32.xor (local.get $key) (local.get $length)) (i32.const 0x9e3779b1)) (local.get $shift)))
  (local.set $two (i32.shr_u (i32.mul (i32.add (local.get $key) (local.get $length)) (i32.const 0x85ebca6b)) (local.get $shift)))
  (local.set $found
   (i32.or
    (i32.and
     (i32.eq (i32.load (i32.add (local.get $keys) (i32.shl (local.get $one) (i32.const 2)))) (local.get $key))
     (i32.eq (i32.load16_u (i32.add (local.get $lengths) (i32.shl (local.get $one) (i32.const 1)))) (local.get $length)))
    (i32.and
     (i32.eq (i32.load (i32.add (local.get $keys) (i32.shl (local.get $two) (i32.const 2)))) (local.get $key))
     (i32.eq (i32.load16_u (i32.add (local.get $lengths) (i32.shl (local.get $two) (i32.const 1)))) (local.get $length)))))
  ;; A key is exact up to six characters; a longer token whose key matches is looked up itself.
  (if (i32.and (local.get $found) (i32.gt_u (local.get $length) (i32.const 6)))
   (then (local.set $found (call $longStopword (local.get $start) (local.get $end)))))
  (i32.or
   (local.get $found)
   (i32.shl
    (i32.le_u (i32.sub (i32.load16_u (i32.add (local.get $text) (i32.shl (local.get $start) (i32.const 1)))) (i32.const 65)) (i32.const 25))
    (i32.const 1))))

 (func (export "count") (param $text i32) (param $ranges i32) (param $blocks i32) (param $out i32)
                        (param $keys i32) (param $lengths i32) (param $shift i32)
  (local $b i32) (local $i i32) (local $end i32) (local $code i32) (local $flags i32) (local $width i32)
  (local $next i32) (local $seen i32) (local $previous i32) (local $sentences i32) (local $letters i32)
  (local $digits i32) (local $words i32) (local $stops i32) (local $capitalised i32) (local $start i32)
  (local $key i32) (local $nonAscii i32) (local $inWord i32) (local $word i32) (local $token i32) (local $at i32)
  (block $blocksDone (loop $eachBlock
   (br_if $blocksDone (i32.ge_u (local.get $b) (local.get $blocks)))
   (local.set $i (i32.load (i32.add (local.get $ranges) (i32.shl (local.get $b) (i32.const 3)))))
   (local.set $end (i32.load (i32.add (local.get $ranges) (i32.add (i32.shl (local.get $b) (i32.const 3)) (i32.const 4)))))
   (local.set $words (i32.const 0)) (local.set $stops (i32.const 0)) (local.set $capitalised (i32.const 0))
   (local.set $letters (i32.const 0)) (local.set $digits (i32.const 0)) (local.set $sentences (i32.const 0))
   (local.set $seen (i32.const 0))
   ;; a space at the very start is trimmed: as if one came before (IS_SPACE)
   (local.set $previous (i32.const 16))
   (local.set $start (local.get $i)) (local.set $key (i32.const 0)) (local.set $nonAscii (i32.const 0))
   (block $charsDone (loop $eachChar
    (br_if $charsDone (i32.ge_u (local.get $i) (local.get $end)))
    (local.set $code (i32.load16_u (i32.add (local.get $text) (i32.shl (local.get $i) (i32.const 1)))))
    (local.set $flags (i32.load16_u (i32.shl (local.get $code) (i32.const 1))))
    (local.set $width (i32.const 1))
    ;; not classified yet (0), or a high surrogate (256): the rare branch
    (if (i32.ne (i32.and (local.get $flags) (i32.const 257)) (i32.const 1))
     (then
      (if (i32.eqz (local.get $flags))
       (then
        (local.set $flags (call $classify (local.get $code)))
        (i32.store16 (i32.shl (local.get $code) (i32.const 1)) (local.get $flags))))
      (if (i32.and (local.get $flags) (i32.const 256))
       (then
        ;; a lone surrogate is no character class; a pair is classified as its code point
        (local.set $flags (i32.const 1))
        (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $end))
         (then
          (local.set $next (i32.load16_u (i32.add (local.get $text) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 1)))))
          (if (i32.eq (i32.and (local.get $next) (i32.const 0xfc00)) (i32.const 0xdc00))
           (then
            (local.set $width (i32.const 2))
            (local.set $flags
             (call $astral
              (i32.add
               (i32.add (i32.shl (i32.sub (local.get $code) (i32.const 0xd800)) (i32.const 10)) (i32.sub (local.get $next) (i32.const 0xdc00)))
               (i32.const 0x10000))))))))))))
    ;; two spaces in a row collapse into one (DOUBLE_SPACE: IS_SPACE << 8)
    (local.set $seen (i32.or (local.get $seen)
     (i32.or (local.get $flags) (i32.shl (i32.and (i32.and (local.get $previous) (local.get $flags)) (i32.const 16)) (i32.const 8)))))
    ;; a run of sentence-ending punctuation counts where a space follows it
    (local.set $sentences (i32.add (local.get $sentences)
     (i32.and (i32.and (i32.shr_u (local.get $previous) (i32.const 5)) (i32.shr_u (local.get $flags) (i32.const 4))) (i32.const 1))))
    (local.set $letters (i32.add (local.get $letters) (i32.and (i32.shr_u (local.get $flags) (i32.const 2)) (i32.const 1))))
    (local.set $digits (i32.add (local.get $digits) (i32.and (i32.shr_u (local.get $flags) (i32.const 9)) (i32.const 1))))
    (local.set $inWord (i32.and (i32.shr_u (local.get $previous) (i32.const 1)) (i32.const 1)))
    (local.set $word (i32.and (i32.shr_u (local.get $flags) (i32.const 1)) (i32.const 1)))
    (if (i32.gt_u (local.get $inWord) (local.get $word))
     (then
      (local.set $words (i32.add (local.get $words) (i32.const 1)))
      (local.set $token (call $token (local.get $text) (local.get $start) (local.get $i) (local.get $nonAscii) (local.get $key)
                                     (local.get $keys) (local.get $lengths) (local.get $shift)))
      (local.set $stops (i32.add (local.get $stops) (i32.and (local.get $token) (i32.const 1))))
      (local.set $capitalised (i32.add (local.get $capitalised) (i32.shr_u (local.get $token) (i32.const 1))))))
    ;; a word starts where the previous character was outside one: its state starts afresh
    (local.set $start (i32.add (local.get $start)
     (i32.mul (i32.sub (local.get $i) (local.get $start)) (i32.and (local.get $word) (i32.xor (local.get $inWord) (i32.const 1))))))
    ;; keyStep: letters and digits as base-37 digits, lower-cased
    (local.set $key
     (i32.add
      (i32.sub (i32.add (i32.mul (i32.mul (local.get $key) (local.get $inWord)) (i32.const 37)) (i32.or (local.get $code) (i32.const 32))) (i32.const 86))
      (i32.mul (i32.const 39) (i32.le_u (i32.sub (local.get $code) (i32.const 48)) (i32.const 9)))))
    (local.set $nonAscii (i32.or (i32.and (local.get $nonAscii) (i32.sub (i32.const 0) (local.get $inWord))) (i32.shr_u (local.get $code) (i32.const 7))))
    (local.set $previous (local.get $flags))
    (local.set $i (i32.add (local.get $i) (local.get $width)))
    (br $eachChar)))
   (if (i32.and (local.get $previous) (i32.const 2))
    (then
     (local.set $words (i32.add (local.get $words) (i32.const 1)))
     (local.set $token (call $token (local.get $text) (local.get $start) (local.get $end) (local.get $nonAscii) (local.get $key)
                                    (local.get $keys) (local.get $lengths) (local.get $shift)))
     (local.set $stops (i32.add (local.get $stops) (i32.and (local.get $token) (i32.const 1))))
     (local.set $capitalised (i32.add (local.get $capitalised) (i32.shr_u (local.get $token) (i32.const 1))))))
   (local.set $sentences (i32.add (local.get $sentences) (i32.and (i32.shr_u (local.get $previous) (i32.const 5)) (i32.const 1))))
   (local.set $at (i32.add (local.get $out) (i32.shl (local.get $b) (i32.const 5))))
   (i32.store (local.get $at) (local.get $words))
   (i32.store offset=4 (local.get $at) (local.get $stops))
   (i32.store offset=8 (local.get $at) (local.get $capitalised))
   (i32.store offset=12 (local.get $at) (local.get $letters))
   (i32.store offset=16 (local.get $at) (local.get $digits))
   (i32.store offset=20 (local.get $at) (local.get $sentences))
   (i32.store offset=24 (local.get $at) (local.get $seen))
   (i32.store offset=28 (local.get $at) (local.get $previous))
   (local.set $b (i32.add (local.get $b) (i32.const 1)))
   (br $eachBlock))))
)
