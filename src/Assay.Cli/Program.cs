return Assay.Cli.AssayApp.Run(args);
