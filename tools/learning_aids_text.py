"""The hints and self-checks that tools/add_learning_aids.py writes into chapters 01-07.

HINTS[chapter][k] is the hint of exercise k + 1 of the chapter's final "## Exercises" cell (markdown;
one to three sentences that point the way without giving the answer). SELF_CHECKS[chapter] is a list
of (question, answer) pairs for the "## Self-check (자기 점검)" cell; every answer starts with the
result and gives a one-line why. Numbers were computed from the formulas and outputs stored in the
chapters (parameter counts from their summary() outputs).
"""

HINTS = {
    "01": [
        "Give each rate its own `new Perceptron(2)` and `fit(xTrain, yTrain, 200, rate)`, then compare "
        "`log.epochCount()` and `equation()`. Started at zero, every weight is a sum of "
        "error × input × rate terms: what does multiplying $w_1$, $w_2$ and $b$ by the same positive "
        "number do to the line $w_1 x_1 + w_2 x_2 + b = 0$ and to the predictions?",
        "`Perceptron.of(-3.5, 1, 1)` takes the bias first, then the weights. `log.epoch(e)` holds the "
        "weights and bias after epoch `e` (epoch 0 is the start): pass them to "
        "`DecisionPlot...line(w1, w2, b, name)` as section 5 does.",
        "`Apples.generate(200, 1)` returns a table like `Apples.trainingSet()`: turn it into arrays with "
        "`TableArrays.matrix(table, \"size\", \"colour\")` and `TableArrays.labels(table, \"ripe\")`. "
        "Remember from section 6 that ripeness is a little noisy: can noisy labels always be split by "
        "one straight line?",
        "The inputs are `Xor.inputs()` for all gates, only the labels change (in the order (0,0), (0,1), "
        "(1,0), (1,1): AND is {0, 0, 0, 1}). Check `log.converged()` for each gate and draw its line "
        "with `DecisionPlot.of(x, y, \"x1\", \"x2\").line(p.weight(0), p.weight(1), p.bias(), name)`.",
        "Loop over `h` (and over a few seeds for h = 2), train with `fit(xorX, xorY, 3000, 0.5)` as in "
        "section 9 and print `accuracy(xorX, xorY)`. Each hidden unit draws one line: how many lines "
        "does it take to cut XOR's four points into the right groups?",
        "Netron runs in the browser (netron.app) or as a desktop app and shows the graph of operations. "
        "Look for the multiplication of the two inputs by a weight matrix, the bias addition and the "
        "function that turns scores into probabilities, and compare with the logistic regression of "
        "section 8.",
        "`LayeredNetwork.classifier(1, 2, 16, 1)` and `parameterCount()`; draw it with "
        "`DecisionPlot...regions(net::predict)` as in section 11. Try more epochs too: is the wide "
        "network unable, or only slower?",
        "Only the slopes below the hidden layer use that derivative. Pack the wrong slopes with "
        "`TwoLayerNetwork.pack(...)` and compare with `bp.numericalGradient(one, label, 1e-6)` using "
        "`GradientCheck.maxAbsDifference`.",
    ],
    "02": [
        "`TableArrays.matrix(iris, Iris.PETAL_LENGTH, Iris.PETAL_WIDTH)` gives the two columns; split, "
        "standardise and build the model as before with `Layers.input(2)`. `regions(...)` calls your "
        "function with one point (`double[]`): draw the standardised points, wrap the point in a "
        "one-row `float[][]` and return `model.predictClasses(...)[0]`.",
        "Train on `Rows.toFloat(xTrainRaw)` and `Rows.toFloat(xValRaw)` instead of the scaled arrays and "
        "compare `LearningCurves.of(history)` with the chapter's. Look at the ranges of the four "
        "features in `iris.summary()`: how different are they?",
        "Change `Layers.dense(16)` to 4 and 64, keeping the seed and settings, and compare "
        "`evaluation.accuracy()` and `history.get(\"val_loss\")`. With 30 test flowers one flower is "
        "3.3 percentage points: is a difference of one flower meaningful?",
        "Build three models that differ only in the optimiser given to `compile`; each "
        "`history.get(\"val_loss\")` is one curve. Put the three in one `Figures.xy(...)` chart with "
        "`addSeries`, as chapter 03 does with its K-fold curves.",
        "`TeachingFigures.softmax(new double[] {3, 1, -2})` checks your hand computation. Softmax depends "
        "only on the differences between scores; then type `Math.exp(1000)` in a cell and see what a "
        "computer makes of it.",
        "Build a one-row `Table` as in the new-flower cell of section 8 with the four measurements, run "
        "it through `OnnxInference` and print every class's probability. Compare the flower with the "
        "first rows of `iris`.",
        "Add the six `Layers.dense(16).activation(...)` to a `List<Layer>` in a loop and pass "
        "`layers.toArray(Layer[]::new)` after `Layers.input(4)`. A validation loss stuck at "
        "$\\ln 3 \\approx 1.099$ means the network still guesses. `DeepStack.gradientNorms` predicts how "
        "much of the gradient reaches the first layer; Adam scales each weight's step by the size of its "
        "own recent gradients: does a small gradient still mean a small step?",
    ],
    "03": [
        "Change the optimiser of the study-hours cell to `Optimizers.sgd(0.1)`; the library stops a "
        "diverging run and says why in the cell's output (`FitOptions...stopOnDivergence(false)` lets you "
        "watch it go). The gradient of the squared error grows with the input: how large is one step "
        "for 9 hours?",
        "Give the K-fold loop `Rows.toFloat(xTrainRaw)` instead of `xTrain` (and the raw test features "
        "later) and compare the mean validation MAE curve with the chapter's, especially the first "
        "epochs. TAX is in the hundreds, NOX below 1.",
        "Write a second builder with a single `Layers.dense(32).activation(\"relu\")` before "
        "`Layers.dense(1)` and run the same K-fold loop. Count its parameters first: fewer parameters "
        "overfit less on 404 tracts, but can they still fit the prices?",
        "Build the raw matrices from `Boston.FEATURES_WITHOUT_B.toArray(String[]::new)`, fit a new "
        "`Scaler`, use `Layers.input(12)` and train the final model with the same epochs and seed. "
        "Before reading much into the change, see how much the test MAE moves between two seeds of the "
        "unchanged model.",
        "`KFold.contiguous(xTrain.length, 8)` gives folds of about 50 tracts; time the loop with "
        "`System.nanoTime()`. Each fold trains a fresh model on 7/8 of the data: what does that do to "
        "the cost, and how noisy is a score on 50 tracts?",
        "Replace `Losses.mse()` by `Losses.mae()` in `buildModel` (keep `Metrics.mae()` so the numbers "
        "compare). For errors of 0.5 and of 10, compare the squared and the absolute error: which cost "
        "cares more about a few large errors?",
    ],
    "04": [
        "Train `buildDnn(Optimizers.sgd(0.01))`, `buildDnn(Optimizers.sgd(1.0))` and "
        "`buildDnn(Optimizers.adam(0.01))`; each `History`'s `get(\"val_accuracy\")` is one curve, and "
        "`Figures.xy(...)` with `addSeries` puts them in one chart. A too-small rate climbs slowly; a "
        "too-large one jumps around or stalls (the library stops a diverging run and says so).",
        "Run the loop of exercise 1 with `Optimizers.sgd(0.1, 0.9)` and `Optimizers.rmsprop(1e-3)`; for "
        "each run, find the first epoch `e` with `history.get(\"val_accuracy\")[e - 1] >= 0.98`.",
        "Add `Layers.dropout(0.2)` after each `Layers.dense(256)` in `buildDnn` and compare "
        "`history.get(\"loss\")` with `history.get(\"val_loss\")` epoch by epoch, with and without "
        "dropout. Dropout is active only while training.",
        "Iterations per epoch = training images ÷ batch size (54,000 images here, section 3); time each "
        "`fit` with `System.nanoTime()` as the SGD cell does. Fewer, larger batches make fewer updates "
        "per epoch, each on a less noisy gradient.",
        "Multiply every value of a copy of `xTrain` by 255 before `fit` with `Optimizers.sgd(0.1)`. "
        "Think about how large the weighted sums and their gradients become; watch the first epoch's "
        "loss and the library's divergence message.",
        "Count `(yTest[i], predicted[i])` pairs with `yTest[i] != predicted[i]` in an `int[10][10]` and "
        "take the largest. Collect the rows of that pair and show them with "
        "`ImageGrid.digits(Rows.select(xTest, rows))`.",
        "`LossSurface.rosenbrock().race(List.of(...), -1.5, 2, 1000)` returns the paths as section 8's "
        "race does; print each path's last point and `losses(path)`. Compare how steep the valley's walls "
        "are with how steep its curved floor is: one learning rate has to suit both.",
    ],
    "05": [
        "Slide the 2 × 2 filter over the 4 × 4 image of section 1 as the chapter does: each output is "
        "the sum of the two pixels under the filter's 1s. `Convolution.apply(image, new double[][] "
        "{{0, 1}, {1, 0}}, 1)` checks your grid; which way runs a stroke through (row 0, column 1) and "
        "(row 1, column 0)?",
        "`Convolution.outputSize(side, 3, 1, 1)` gives the side of a 'same' 3 × 3 convolution; pooling "
        "still halves it. The convolutions' parameter counts do not depend on the image size, so look "
        "at what the flatten size does to the first dense layer, then compare with the new model's "
        "`summary()`.",
        "Replace both `Layers.maxPool2d(2)` by `Layers.averagePooling2d(2)` in `buildCnn` and retrain "
        "with the same seed. Picture a 2 × 2 window where one value answers strongly to a stroke and "
        "three are background: what does each pooling pass on?",
        "Remove `Layers.dropout(0.5)` from `buildCnn`, retrain with the same callbacks and compare "
        "`LearningCurves.of(history)` and `earlyStopping.bestEpoch()` with the chapter's. Look at the "
        "gap between training and validation loss.",
        "`EarlyStopping.monitor(\"val_accuracy\").patience(0).restoreBestWeights()` stops at the first "
        "epoch without improvement; compare `history.epochs()`, the training time and the test "
        "accuracy for patience 0 and 5 (at most 10 epochs each).",
        "Take the first index `i` with `predicted[i] != yTest[i]`; `FeatureMaps.of(cnn, \"conv2d_1\", "
        "xTest[i])` gives its maps and `ImageGrid.featureMaps(maps).figure(...)` draws them, as in "
        "section 9. Do the same for a correctly classified test digit of the same true class.",
        "Build section 8's CNN with `Layers.dropout(0.5)` before the output layer (and, for the third "
        "run, `Layers.batchNormalization().momentum(0.9)` after each convolution), train it with the "
        "`FitOptions` of section 8 plus `.augment(Augmentation.shifts(2).rotations(10))`, and compare "
        "the best validation accuracies with section 8's table.",
    ],
    "06": [
        "Pad with `Sequences.pad(imdb.train().sequences(), 50)` (and 500), build the SimpleRNN with "
        "`Layers.tokenInput(maxlen)` and compare test accuracy and time. Recall section 6: how much of "
        "the gradient is left 100 or 400 steps back?",
        "Load `Imdb.load(2_000)` and `Imdb.load(20_000)`, count the `?` in "
        "`imdb.decode(imdb.train().sequence(0))` (or over many reviews) and retrain with "
        "`Layers.embedding(numWords, 32)`. Words outside a large vocabulary are mostly names and "
        "misspellings: do they carry sentiment?",
        "An embedding holds vocabulary × dimension numbers, and a SimpleRNN of n units on d inputs has "
        "d·n + n·n + n parameters. Compute both for d = 8 and d = 128, then check with `summary()`.",
        "Build `Layers.tokenInput(MAXLEN)`, `Layers.embedding(NUM_WORDS, 32)`, "
        "`Layers.globalAveragePooling1d()`, `Layers.dense(1).activation(\"sigmoid\")`: the review becomes "
        "its average word vector. It trains in seconds; compare its test accuracy with both recurrent "
        "models.",
        "Add your sentences to `myReviews` in section 8 and read both models' probabilities. Compare "
        "\"good\" with \"not good\" and \"bad\" with \"not bad\": does \"not\" move the probability the "
        "right way, and by how much?",
        "Set `factor` to 1.1 in the cell of section 6 and read k = 50. Exploding is the mirror image of "
        "vanishing: think of a way to cap a gradient's size before the weight update.",
    ],
    "07": [
        "In `lstmModel()` drop `.returnSequences(true)` from the LSTM and remove "
        "`Layers.globalAveragePooling1d()`. The last hidden state alone must carry the topic to the "
        "end of the newswire, while here the headline sits at the beginning: recall the vanishing "
        "gradient of chapter 06.",
        "Compute the lengths with `Arrays.stream(reuters.train().sequences()).mapToInt(s -> s.length)"
        ".toArray()` and draw `BarPlot.histogram(title, \"words\", lengths, 50)` as chapter 06 does. How "
        "many newswires does MAXLEN 100 cut? An LSTM's time per epoch grows with the length.",
        "Use `Layers.simpleRnn(128).returnSequences(true)` so the pooling stays. A SimpleRNN of n units "
        "on d inputs has d·n + n·n + n parameters and an LSTM four times that; time both fits with "
        "`System.nanoTime()`.",
        "`BarPlot.f1(\"F1 per topic\", evaluation)` draws one bar per topic. For the topics at zero, read "
        "their training counts from `reuters.train().classCounts()` at their index in `topics`.",
        "Change the hidden `Layers.dense(64)` layers of the baseline to 16 and retrain with the same "
        "seed. Compare 16 with the number of classes the last layer must tell apart from what passes "
        "through it.",
        "Encode it with `KerasText.encode(text, reuters.wordIndex(), NUM_WORDS)`, pad it as the training "
        "data (`Sequences.pad(..., MAXLEN, Sequences.Side.PRE, Sequences.Side.POST, 0)`) and print the "
        "top three topics of `model.predict(...)` as section 6 does. `reuters.decode(...)` shows which "
        "of your words the model knows.",
    ],
}

SELF_CHECKS = {
    "01": [
        ("A perceptron has $w_1 = 0.1$, $w_2 = 0.9$, $b = -3.6$. What does it predict for an apple of "
         "size 8 and colour 5?",
         "**1 (ripe).** $0.1 \\cdot 8 + 0.9 \\cdot 5 - 3.6 = 1.7 > 0$, and the step fires on a sum above 0."),
        ("In section 10's network the output is $p = 0.8$ for a target $t = 1$, and hidden unit $h$ has "
         "$a_h = 0.5$ and $w2_h = -0.6$. What are $\\partial L/\\partial z2$, $\\partial L/\\partial w2_h$ "
         "and $\\partial L/\\partial z1_h$?",
         "**−0.2, −0.1 and 0.09.** $\\partial L/\\partial z2 = p - t = -0.2$; $\\partial L/\\partial w2_h = "
         "-0.2 \\times 0.5 = -0.1$; $\\partial L/\\partial z1_h = -0.2 \\times (-0.6) \\times (1 - 0.5^2) "
         "= 0.09$."),
        ("Gradient descent on the cost $(w - 3)^2 + 1$ starts at $w = -1$ with learning rate 0.2 (as in "
         "section 8). Where is $w$ after one step?",
         "**$w = 0.6$.** The slope is $2(w - 3) = -8$, and the step is $-0.2 \\times (-8) = +1.6$."),
        ("How many parameters (weights and biases) does `new TwoLayerNetwork(2, 4, 42)` have?",
         "**17.** Hidden layer: $2 \\times 4$ weights + 4 biases = 12; output: 4 weights + 1 bias = 5."),
        ("Which of AND, OR, NAND and XOR can a single perceptron **not** learn? (a) AND (b) NAND (c) XOR "
         "(d) all can be learned",
         "**(c) XOR.** A perceptron draws one straight line, and no line puts (0,1), (1,0) on one side and "
         "(0,0), (1,1) on the other."),
    ],
    "02": [
        ("Softmax of the scores {2.0, 1.0, 0.1} is [0.659, 0.242, 0.099]. What is softmax of "
         "{12.0, 11.0, 10.1}?",
         "**The same, [0.659, 0.242, 0.099].** Adding the same number to every score multiplies numerator "
         "and denominator by the same $e^{10}$: softmax depends only on differences."),
        ("An untrained network gives each of the 3 species probability 1/3. What is its cross-entropy "
         "cost on any flower?",
         "**$\\ln 3 \\approx 1.099$.** Cross-entropy is $-\\ln p_\\text{true} = -\\ln(1/3)$: a first-epoch "
         "loss near 1.1 means the network starts by guessing."),
        ("How many parameters has a 4 → 32 → 3 network (the chapter's with 32 hidden units instead of 16)?",
         "**259.** Hidden: $4 \\times 32 + 32 = 160$; output: $32 \\times 3 + 3 = 99$."),
        ("Backpropagation passes 5 sigmoid layers. By at most what factor does their activation multiply "
         "the gradient (weights aside)? And 5 ReLU layers whose units are all active?",
         "**$0.25^5 \\approx 0.001$ (1/1024); 1.** Sigmoid's derivative is at most 0.25 (at $z = 0$), so "
         "each layer shrinks the gradient at least fourfold; ReLU's derivative is exactly 1 for $z > 0$."),
        ("The mean and standard deviation for standardisation are measured on: (a) all 150 flowers "
         "(b) the training flowers only (c) the test flowers",
         "**(b).** They are then applied unchanged to validation and test flowers; measuring them on data "
         "the model is scored on leaks that data into training."),
    ],
    "03": [
        ("Three tracts are worth 20, 30 and 25 (thousands of dollars); a model predicts 22, 27 and 25. What are "
         "the MAE and the MSE?",
         "**MAE ≈ 1.67, MSE ≈ 4.33.** The errors are 2, −3, 0: MAE $= (2 + 3 + 0)/3$, MSE "
         "$= (4 + 9 + 0)/3$."),
        ("TAX has training mean 405.9, standard deviation 166.2, minimum 188 and maximum 711. What does a "
         "tract with TAX 666 become after standardisation, and after min-max normalisation?",
         "**About 1.56 and 0.91.** $(666 - 405.9) / 166.2 = 1.565$: 1.56 standard deviations above the "
         "training mean; $(666 - 188) / (711 - 188) = 0.914$: 91% of the way from the training minimum to "
         "the maximum."),
        ("How many parameters has a 13 → 32 → 1 network (one hidden layer of 32 units)?",
         "**481.** Hidden: $13 \\times 32 + 32 = 448$; output: $32 + 1 = 33$ (the chapter's 64-64-1 has 5,121)."),
        ("4-fold cross-validation on the 404 training tracts: how many tracts does each fold's model "
         "train on and validate on, and how many models are trained in all, the final one included?",
         "**303 and 101; 5 models.** Each fold holds out a quarter ($404/4 = 101$); 4 fold models, then one "
         "final model on all 404."),
        ("The output layer of a house-price model uses: (a) sigmoid (b) softmax (c) no activation (linear)",
         "**(c).** A price can be any number; sigmoid squeezes into (0, 1) and softmax makes class "
         "probabilities."),
    ],
    "04": [
        ("A pixel has grey level 51. What is its value after normalisation?",
         "**0.2.** Normalisation divides the grey level by 255: $51 / 255 = 0.2$."),
        ("How many parameters has a 784 → 512 → 10 network (Chollet's, one hidden layer of 512)?",
         "**407,050.** Hidden: $784 \\times 512 + 512 = 401{,}920$; output: $512 \\times 10 + 10 = 5{,}130$ "
         "(the chapter's 784-256-256-10 has 269,322)."),
        ("Deck 003 trains on 55,000 images with batch 100 for 100 epochs. How many weight updates is "
         "that? How many would batch gradient descent make in the same 100 epochs?",
         "**55,000 and 100.** $55{,}000 / 100 = 550$ updates per epoch, times 100 epochs; batch gradient "
         "descent makes one update per epoch (the chapter's 54,000 images make 540 per epoch)."),
        ("What is the shape of the flattened training set `xTrain`, and of the one-hot label of the digit 3?",
         "**60,000 × 784, and a vector of 10 with a 1 at index 3:** [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]. Each "
         "28 × 28 image becomes one row of 784 numbers."),
        ("A \"model\" always answers 1. What is its test accuracy? (The test set has 1,135 ones among "
         "10,000 digits.)",
         "**11.35%.** It is right exactly on the ones: $1{,}135 / 10{,}000$. Roughly balanced classes make "
         "about 10% the floor any model must beat."),
    ],
    "05": [
        ("A 7 × 7 image, a 3 × 3 filter, stride 2, no padding: what is the output's side?",
         "**3.** $(W + 2P - F)/S + 1 = (7 + 0 - 3)/2 + 1 = 3$."),
        ("Max pooling and average pooling of the 2 × 2 window [[1, 5], [3, 2]]?",
         "**5 and 2.75.** Max keeps the largest value; average is $(1 + 5 + 3 + 2)/4 = 11/4$."),
        ("How many parameters has `Layers.conv2d(16, 3)` on a colour image of 3 channels?",
         "**448.** $F \\cdot F \\cdot C_\\text{in} \\cdot C_\\text{out} + C_\\text{out} = 3 \\cdot 3 \\cdot 3 "
         "\\cdot 16 + 16$: one 3 × 3 × 3 filter and one bias per output channel."),
        ("In the course's CNN (section 5), what shape leaves the second max pooling, and how many numbers does "
         "`flatten` pass to the dense layer?",
         "**5 × 5 × 64, i.e. 1,600.** 28 → 26 (conv) → 13 (pool) → 11 (conv) → 5 (pool, rounded down); "
         "the dense layer then has $1{,}600 \\times 128 + 128 = 204{,}928$ parameters, as `summary()` says."),
        ("Dropout switches units off: (a) only while training (b) only at prediction (c) always",
         "**(a).** At prediction every unit takes part; dropping them only in training keeps the network "
         "from relying on any single unit."),
    ],
    "06": [
        ("`Sequences.pad` to length 5: what do [5, 6, 7] and [1, 2, 3, 4, 5, 6, 7] become?",
         "**[0, 0, 5, 6, 7] and [3, 4, 5, 6, 7].** Zeros go in front, and a long sequence keeps its last "
         "ids (the defaults, like Keras)."),
        ("What shape leaves the embedding layer for a batch of 128 reviews of 200 ids, with 32 numbers "
         "per word?",
         "**(128, 200, 32).** Every id becomes its row of 32 numbers."),
        ("How many parameters has `Layers.simpleRnn(64)` reading 32-number word vectors?",
         "**6,208.** $d \\cdot n + n \\cdot n + n = 32 \\cdot 64 + 64 \\cdot 64 + 64$ for $W$, $U$ and $b$ "
         "(the chapter's 32 units: 2,080)."),
        ("A gradient is multiplied by 0.9 at every step back in time. What share is left 20 steps back?",
         "**About 0.12.** $0.9^{20} = 0.1216$: the signal of early words fades exponentially."),
        ("An LSTM with 32 units on 32-number word vectors has 8,320 parameters. Why four times the "
         "SimpleRNN's 2,080? (a) it has four layers (b) three gates and the candidate each have their own "
         "weights (c) it reads four words at a time",
         "**(b).** The forget, input and output gates and the candidate each have $W$, $U$ and $b$: "
         "$4 \\times 2{,}080$."),
    ],
    "07": [
        ("`Sequences.multiHot(new int[][] {{1, 3, 3, 7}}, 10)`: what is the row?",
         "**[0, 1, 0, 1, 0, 0, 0, 1, 0, 0].** A 1 at each id that occurs; a repeated word is still a 1 (a "
         "multi-hot vector records presence, not counts)."),
        ("How many parameters has `Layers.lstm(64)` reading 128-number word vectors?",
         "**49,408.** $4 \\times (d \\cdot n + n \\cdot n + n) = 4 \\times (128 \\cdot 64 + 64 \\cdot 64 + 64)$ "
         "(the chapter's 128 units: 131,584)."),
        ("The LSTM returns its hidden state at every step: shape (100, 128) per newswire. What shape "
         "leaves the global average pooling layer?",
         "**(128).** It averages the 100 steps, one mean per unit; the 46-way softmax then has "
         "$128 \\times 46 + 46 = 5{,}934$ parameters."),
        ("Forget gate $f = 0.9$, old cell state $c_{t-1} = 2.0$, input gate $i = 0.5$, candidate "
         "$g = -0.4$. What is the new cell state $c_t$?",
         "**1.6.** $c_t = f \\cdot c_{t-1} + i \\cdot g = 1.8 - 0.2$."),
        ("Which gate decides how much of the old cell state is kept? (a) input gate (b) forget gate "
         "(c) output gate",
         "**(b).** $c_t = f_t \\odot c_{t-1} + \\dots$: with $f$ near 1 the memory, and the gradient, "
         "survive many steps."),
    ],
}
