/// Core: tokenizer, features, model and skills (filled in by the classifier and skills work).
