/**
 * Text for language models (언어 모델), chapter 09: words and punctuation as tokens
 * ({@link org.dlcourse.text.Tokenizer}), a vocabulary of the most frequent words plus
 * {@code <unk>} ({@link org.dlcourse.text.Vocabulary}), corpora split into train, validation and
 * test ({@link org.dlcourse.text.Corpus}: Jane Austen's novels from {@code datasets/austen}, or a
 * learner's own Penn Treebank files), next-word training windows
 * ({@link org.dlcourse.text.Windows}), unigram and bigram baselines
 * ({@link org.dlcourse.text.NGram}), perplexity (퍼플렉서티, {@link org.dlcourse.text.Perplexity}),
 * and text generation with a temperature (온도, {@link org.dlcourse.text.Sampler},
 * {@link org.dlcourse.text.TextGenerator}). {@link org.dlcourse.text.OneHot} turns character ids
 * into the one-hot sequences of the lecture's "반갑습니다" example.
 */
package org.dlcourse.text;
